using System.Globalization;

namespace TutorBot.PerfReport;

/// <summary>How figures read in the report: three significant digits in the unit that suits them.</summary>
internal static class Format
{
    public static string Value(FigureUnit unit, double value) => unit switch
    {
        FigureUnit.Nanoseconds => Time(value),
        FigureUnit.Milliseconds => value < 1000 ? Significant(value) + " ms" : Significant(value / 1000) + " s",
        FigureUnit.PerSecond => (value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture)) + "/s",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>"—" with nothing to compare; "⚠ 27 % worse" past the threshold.</summary>
    public static string Change(Change? change)
    {
        if (change is not { } c)
        {
            return "—";
        }

        if (c.Percent == 0)
        {
            return "no change";
        }

        var text = Math.Abs(c.Percent).ToString("0.##", CultureInfo.InvariantCulture) + (c.IsWorse ? " % worse" : " % better");
        return c.IsFlagged ? "⚠ " + text : text;
    }

    public static string Ratio(double value, double baseline) =>
        baseline > 0 ? (value / baseline).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";

    public static string Date(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => Significant(nanoseconds) + " ns",
        < 1e6 => Significant(nanoseconds / 1e3) + " µs",
        < 1e9 => Significant(nanoseconds / 1e6) + " ms",
        _ => Significant(nanoseconds / 1e9) + " s",
    };

    private static string Significant(double value) =>
        value.ToString(value >= 100 ? "N0" : value >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
