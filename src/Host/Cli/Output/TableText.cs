using System.Globalization;
using Spectre.Console;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Cli.Output;

/// <summary>The building blocks every admin table shares: plain cells, numbers, percentages and a console on a writer.</summary>
internal static class TableText
{
    /// <summary>What an empty figure shows: no grade yet, no answers yet.</summary>
    public const string None = "—";

    // Plain Text, never markup: names and messages are students' words and may contain [brackets].
    public static Text Cell(string value) => new(value);

    public static Text Number(long value) => Cell(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>One decimal place, cut rather than rounded (<see cref="LessonGrade.Shown"/>): 59.99 % shows as 59.9 % beside its F.</summary>
    public static string Percent(decimal percentage) => LessonGrade.Shown(percentage).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Percent(decimal? percentage) => percentage is { } value ? Percent(value) : None;

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    public static string Share(decimal? share) => share is { } value ? Percent(value * 100) : None;

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });

        // Off a terminal Spectre assumes 80 columns; names and dates fit better in a little more.
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        return console;
    }
}
