using System.Text;

namespace TutorBot.Domain.Teaching;

/// <summary>Puts free-text answers in one canonical form so that "  The   Numerator. " matches "the numerator".</summary>
public static class TextAnswer
{
    /// <summary>
    /// Unicode NFC, invariant lower case, inner whitespace collapsed to one space, surrounding whitespace trimmed, and trailing
    /// <c>. ! ? , ; :</c> removed (repeated, with any spaces between them).
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // NFC first, so that "é" typed as e + combining accent equals the precomposed "é" in the course file. string.Normalize
        // does nothing under InvariantGlobalization, hence our own composition after it.
        var wellFormed = ReplaceLoneSurrogates(text);
        var composed = CanonicalComposition.Compose(wellFormed.Normalize(NormalizationForm.FormC)).ToLowerInvariant();

        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var end = builder.Length;
        while (end > 0 && (IsTrailingPunctuation(builder[end - 1]) || builder[end - 1] == ' '))
        {
            end--;
        }

        return builder.ToString(0, end);
    }

    private static bool IsTrailingPunctuation(char c) => c is '.' or '!' or '?' or ',' or ';' or ':';

    // string.Normalize throws on a lone surrogate; a student's answer must never make checking throw.
    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        var rest = text.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var status = Rune.DecodeFromUtf16(rest[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                builder ??= new StringBuilder(text, 0, position, text.Length);
                builder.Append(Rune.ReplacementChar.ToString());
            }
            else
            {
                builder?.Append(text, position, consumed);
            }

            position += consumed;
        }

        return builder?.ToString() ?? text;
    }
}
