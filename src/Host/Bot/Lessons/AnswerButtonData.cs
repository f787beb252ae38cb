using System.Globalization;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>
/// What a choice button sends: <c>/answer &lt;exerciseId&gt; &lt;option&gt; &lt;try&gt;</c>. The exercise and the try
/// name the question the button was shown for, so a second tap on it (or on an older message) counts nothing.
/// Exercise ids are at most 40 characters, which keeps the data within Telegram's 64 bytes.
/// </summary>
internal sealed record AnswerButtonData(string ExerciseId, int Option, int Try)
{
    public const string CommandName = "answer";

    private const string Prefix = "/" + CommandName + " ";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ExerciseId} {Option} {Try}");

    public static bool IsAnswerData(string data) => data.StartsWith(Prefix, StringComparison.Ordinal);

    /// <param name="arguments">What followed <c>/answer</c>.</param>
    public static AnswerButtonData? Parse(string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var option) && option >= 1
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) && attempt is 1 or 2
                ? new AnswerButtonData(parts[0], option, attempt)
                : null;
    }
}
