using Analysis.Calibration;

namespace Analysis.Tests.Calibration;

public sealed class ModelLimitsTests
{
    [Test]
    public void EveryKnownLimit_NamesATargetOfTheRecord()
    {
        var ids = RecordTargets.All.Select(t => t.Id).ToHashSet();

        foreach (var id in new[] { "sf02", "sf19", "sf21", "sf26", "sf29", "sf31", "sf38", "sf51", "sf57", "sf61" })
        {
            Assert.That(ids, Does.Contain(id));
            Assert.That(ModelLimits.For(id), Is.Not.Null.And.Not.Empty, id);
        }
        Assert.That(ModelLimits.For("sf59"), Is.Null, "system size follows the record: no limit to explain");
    }
}
