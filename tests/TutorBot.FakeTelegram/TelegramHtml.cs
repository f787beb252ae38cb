using System.Globalization;
using System.Text;

namespace TutorBot.FakeTelegram;

/// <summary>
/// Telegram's HTML parse mode, modelled on the official server's parser (tdlib parse_html): the same tags, the
/// same error texts and byte offsets. Stricter in one point, as the Bot API documentation demands: a bare '&amp;'
/// that does not start a known entity is refused (the real server lets it through).
/// </summary>
internal static class TelegramHtml
{
    public const string ParseModeName = "HTML";

    private static readonly HashSet<string> SupportedTags = new(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "tg-spoiler", "span",
        "blockquote", "tg-emoji",
    };

    /// <summary>The text a user would see; <paramref name="error"/> is set (after "can't parse entities: ") when the markup is invalid.</summary>
    public static string Parse(string text, out string? error)
    {
        var plain = new StringBuilder(text.Length);
        var open = new Stack<string>();
        var i = 0;
        error = null;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                var end = text.IndexOf(';', i + 1);
                if (end < 0 || !TryDecodeEntity(text.AsSpan(i + 1, end - i - 1), plain))
                {
                    error = $"Unsupported HTML entity at byte offset {ByteOffset(text, i)}";
                    return plain.ToString();
                }

                i = end + 1;
            }
            else if (c != '<')
            {
                plain.Append(c);
                i++;
            }
            else if (i + 1 < text.Length && text[i + 1] == '/')
            {
                error = ReadEndTag(text, ref i, open);
                if (error is not null)
                {
                    return plain.ToString();
                }
            }
            else
            {
                error = ReadStartTag(text, ref i, open);
                if (error is not null)
                {
                    return plain.ToString();
                }
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
        }

        return plain.ToString();
    }

    public static string ToPlainText(string text) => Parse(text, out _);

    private static string? ReadStartTag(string text, ref int i, Stack<string> open)
    {
        var begin = i;
        i++;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return $"Unclosed start tag at byte offset {ByteOffset(text, begin)}";
        }

        var name = text[(begin + 1)..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
        {
            return $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(text, begin)}";
        }

        string? spanClass = null;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return $"Unclosed start tag at byte offset {ByteOffset(text, begin)}";
            }

            if (text[i] == '>')
            {
                i++;
                break;
            }

            var error = ReadAttribute(text, ref i, begin, name, out var attribute, out var value);
            if (error is not null)
            {
                return error;
            }

            if (attribute == "class")
            {
                spanClass = value;
            }
        }

        if (name == "span" && spanClass != "tg-spoiler")
        {
            return $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(text, begin)}";
        }

        open.Push(name);
        return null;
    }

    private static string? ReadAttribute(string text, ref int i, int begin, string tag, out string attribute, out string value)
    {
        value = string.Empty;
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        attribute = text[start..i].ToLowerInvariant();
        if (attribute.Length == 0)
        {
            return $"Empty attribute name in the tag \"{tag}\" at byte offset {ByteOffset(text, begin)}";
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '=')
        {
            return $"Expected equal sign in declaration of an attribute of the tag \"{tag}\" at byte offset {ByteOffset(text, begin)}";
        }

        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return $"Unclosed start tag \"{tag}\" at byte offset {ByteOffset(text, begin)}";
        }

        if (text[i] is '"' or '\'')
        {
            var quote = text[i];
            var close = text.IndexOf(quote, i + 1);
            if (close < 0)
            {
                return $"Unclosed start tag at byte offset {ByteOffset(text, begin)}";
            }

            value = text[(i + 1)..close];
            i = close + 1;
        }
        else
        {
            start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-'))
            {
                i++;
            }

            value = text[start..i];
        }

        return null;
    }

    private static string? ReadEndTag(string text, ref int i, Stack<string> open)
    {
        var begin = i;
        if (open.Count == 0)
        {
            return $"Unexpected end tag at byte offset {ByteOffset(text, begin)}";
        }

        i += 2;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        var name = text[(begin + 2)..i].ToLowerInvariant();
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '>')
        {
            return $"Unclosed end tag at byte offset {ByteOffset(text, begin)}";
        }

        i++;
        var expected = open.Pop();
        return name.Length > 0 && name != expected
            ? $"Unmatched end tag at byte offset {ByteOffset(text, begin)}, expected \"</{expected}>\", found \"</{name}>\""
            : null;
    }

    private static bool TryDecodeEntity(ReadOnlySpan<char> entity, StringBuilder plain)
    {
        switch (entity)
        {
            case "lt":
                plain.Append('<');
                return true;
            case "gt":
                plain.Append('>');
                return true;
            case "amp":
                plain.Append('&');
                return true;
            case "quot":
                plain.Append('"');
                return true;
        }

        if (entity.Length < 2 || entity[0] != '#')
        {
            return false;
        }

        var hex = entity[1] is 'x' or 'X';
        var digits = hex ? entity[2..] : entity[1..];
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (digits.Length == 0 || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code)
            || code <= 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        plain.Append(char.ConvertFromUtf32(code));
        return true;
    }

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
