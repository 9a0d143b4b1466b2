namespace Simulator.History;

/// <summary>
/// The state system of the historical record by calendar year, 1816-2015: COW State System
/// Membership v2016 (members in any part of the year), COW Major Powers v2016, and Polity5 p5v2018
/// democracies (members with polity2 &gt;= 6; uncoded members count as non-democracies). A copy of
/// data/record/system_size.csv (see data/record/README.md for sources and method); a test checks
/// that the two agree.
/// </summary>
public static class StateSystemRecord
{
    public const int FirstYear = 1816;
    public const int LastYear = 2015;

    private static readonly int[] States =
    [
        23, 23, 23, 23, 23, 23, 24, 24, 24, 25, 25, 25, 26, 26, 27, 29, 29, 29, 29, 29,
        29, 30, 30, 32, 32, 34, 35, 36, 36, 36, 37, 38, 39, 39, 39, 40, 40, 40, 41, 43,
        43, 43, 43, 44, 46, 42, 41, 41, 41, 41, 41, 39, 37, 37, 37, 36, 33, 33, 33, 34,
        35, 35, 37, 37, 37, 37, 37, 36, 36, 36, 36, 38, 38, 38, 38, 38, 38, 38, 39, 39,
        39, 39, 40, 41, 42, 42, 43, 44, 44, 45, 44, 43, 44, 45, 45, 45, 45, 44, 45, 45,
        44, 44, 50, 51, 59, 60, 61, 61, 62, 62, 63, 64, 64, 64, 64, 64, 65, 65, 66, 66,
        66, 66, 66, 65, 62, 55, 53, 52, 58, 64, 66, 68, 72, 75, 75, 76, 77, 79, 82, 84,
        87, 89, 90, 89, 107, 111, 117, 119, 122, 125, 129, 130, 133, 133, 134, 140, 140, 141, 143, 150,
        151, 152, 154, 156, 156, 159, 159, 160, 161, 161, 161, 161, 161, 161, 165, 177, 181, 186, 187, 187,
        187, 187, 187, 190, 191, 191, 192, 192, 192, 192, 193, 193, 194, 194, 194, 195, 195, 195, 195, 195,
    ];

    private static readonly int[] MajorPowers =
    [
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7,
        7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
        8, 8, 7, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
        7, 7, 7, 7, 7, 6, 6, 6, 5, 6, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    ];

    private static readonly int[] Democracies =
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 1, 1, 1, 1, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 10, 10, 10, 10, 10,
        10, 12, 14, 17, 23, 22, 23, 22, 22, 22, 21, 21, 21, 21, 21, 21, 21, 19, 17, 17,
        16, 16, 15, 14, 8, 8, 8, 8, 11, 17, 18, 18, 21, 21, 21, 22, 23, 23, 22, 25,
        27, 29, 26, 26, 31, 30, 32, 32, 33, 36, 34, 34, 36, 33, 34, 32, 33, 35, 34, 35,
        35, 34, 36, 38, 38, 39, 40, 42, 42, 43, 44, 44, 46, 48, 54, 64, 71, 73, 76, 74,
        75, 76, 78, 78, 81, 82, 84, 83, 89, 93, 94, 92, 95, 92, 93, 96, 94, 95, 94, 96,
    ];

    /// <summary>System members in a calendar year (the nearest recorded year outside 1816-2015).</summary>
    public static int StatesIn(int year) => States[Index(year)];

    /// <summary>Major powers in a calendar year.</summary>
    public static int MajorPowersIn(int year) => MajorPowers[Index(year)];

    /// <summary>Democracies (Polity5 polity2 &gt;= 6) in a calendar year.</summary>
    public static int DemocraciesIn(int year) => Democracies[Index(year)];

    /// <summary>The largest number of members in any year.</summary>
    public static int MostStates => States.Max();

    private static int Index(int year) => Math.Clamp(year, FirstYear, LastYear) - FirstYear;
}
