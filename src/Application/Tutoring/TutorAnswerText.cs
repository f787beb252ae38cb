namespace TutorBot.Application.Tutoring;

/// <summary>Keeps a model's answer within the stored message limit, cut where a sentence ends.</summary>
public static class TutorAnswerText
{
    public const string CutMarker = "\n\n[The answer was too long and was cut here.]";

    public static string Fit(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - CutMarker.Length;
        if (room <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "Too short to hold the cut marker.");
        }

        // The last sentence end that leaves at least half the room used; else the last space; else a hard cut.
        var cut = -1;
        for (var i = room - 1; i >= room / 2 && cut < 0; i--)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                cut = i + 1;
            }
        }

        if (cut < 0)
        {
            var space = text.LastIndexOf(' ', room - 1);
            cut = space >= room / 2 ? space : room;
        }

        return text[..cut].TrimEnd() + CutMarker;
    }
}
