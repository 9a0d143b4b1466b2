namespace Analysis.Calibration;

/// <summary>
/// Why the model cannot meet a target, where it is known: the structural limits the calibration ran into
/// (docs/MODEL.md section 8). The fit report prints them beside a target outside its band, so a reader sees
/// a model limit as one and not as tuning left undone. Keyed by target id; a target not here has no known
/// limit, and one outside its band without a reason is a question for the next calibration.
/// </summary>
public static class ModelLimits
{
    private const string Escalation =
        "one escalation intercept for two centuries: the model has no mechanism for the fall in escalation after 1945 (nuclear deterrence, bipolarity) beyond the UN's own effect, so the fit splits the difference between the eras";
    private const string CivilTrend =
        "the civil model has no era trend: the calendar world's new states enter fragile and stay so, so one base hazard gives too few onsets before 1914 and too many after 1945";
    private const string WarSize =
        "the model's wars draw in too few states for the record's world wars (hundreds of war dyads), and great powers fight each other too often relative to minor pairs";

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["sf02"] = Escalation, ["sf03"] = Escalation, ["sf06"] = Escalation, ["sf07"] = Escalation,
        ["sf23"] = Escalation, ["sf24"] = Escalation, ["sf25"] = Escalation, ["sf26"] = Escalation, ["sf27"] = Escalation,
        ["sf19"] = CivilTrend, ["sf20"] = CivilTrend, ["sf21"] = CivilTrend, ["sf22"] = CivilTrend,
        ["sf29"] = WarSize, ["sf31"] = WarSize,
        ["sf38"] = "relapse comes too late: the model's post-conflict risk decays over years, the record's recurrences bunch in the first two",
        ["sf51"] = "the model's civil peace is more durable than in Fortna's cases, with and without peacekeepers alike",
        ["sf57"] = "disputes a year follow the crisis hazard, which the fit sets for war onsets across two centuries, not for the disputes of 1816-1914",
        ["sf61"] = "Uniting for Peace convenes after vetoes, which the Cold War's polarisation makes common",
    };

    /// <summary>The known reason the model misses target <paramref name="id"/>, or null.</summary>
    public static string? For(string id) => Reasons.GetValueOrDefault(id);
}
