namespace TutorBot.PerfReport;

/// <summary>A figure against its previous committed value, in percent of the previous value.</summary>
internal readonly record struct Change(double Percent, bool IsWorse)
{
    /// <summary>More than this many percent worse is flagged; exactly this much is not.</summary>
    public const double FlagThreshold = 20;

    public bool IsFlagged => IsWorse && Math.Abs(Percent) > FlagThreshold;

    /// <summary>
    /// Null when there is nothing to compare with. The percentage is rounded to two decimals first, so the threshold
    /// is decided on the figure as shown, not on floating-point noise (100 → 120 is exactly 20 %).
    /// </summary>
    public static Change? Between(double current, double? previous, bool higherIsBetter)
    {
        if (previous is not { } before || before <= 0 || double.IsNaN(current))
        {
            return null;
        }

        var percent = Math.Round((current - before) / before * 100, 2, MidpointRounding.AwayFromZero);
        var worse = higherIsBetter ? percent < 0 : percent > 0;
        return new Change(percent, worse);
    }
}
