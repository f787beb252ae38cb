using System.Globalization;

namespace TutorBot.Domain.Teaching;

/// <summary>Reads a student's numeric answer written as a decimal ("0.5", ".5"), a fraction ("1/2") or a percentage ("50%").</summary>
public static class NumericAnswer
{
    // A phone keyboard may offer the typographic minus sign; it means the same as the hyphen.
    private const char TypographicMinus = '\u2212';

    /// <summary>
    /// Parses <paramref name="text"/> in one of the allowed <paramref name="forms"/>, invariant culture, surrounding spaces allowed.
    /// Returns false, never throws, for anything else: other forms, thousands separators, exponents, a zero denominator, a number
    /// too large for <see cref="decimal"/>.
    /// </summary>
    public static bool TryParse(string text, NumberForms forms, out decimal value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Replace(TypographicMinus, '-').AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed[^1] == '%')
        {
            return forms.HasFlag(NumberForms.Percent) && TryParsePercent(trimmed[..^1].TrimEnd(), out value);
        }

        var slash = trimmed.IndexOf('/');
        if (slash >= 0)
        {
            return forms.HasFlag(NumberForms.Fraction) && TryParseFraction(trimmed[..slash].TrimEnd(), trimmed[(slash + 1)..].TrimStart(), out value);
        }

        return forms.HasFlag(NumberForms.Decimal) && TryParseDecimal(trimmed, out value);
    }

    private static bool TryParsePercent(ReadOnlySpan<char> number, out decimal value)
    {
        value = 0;
        if (!TryParseDecimal(number, out var percent))
        {
            return false;
        }

        value = percent / 100;
        return true;
    }

    private static bool TryParseFraction(ReadOnlySpan<char> numeratorText, ReadOnlySpan<char> denominatorText, out decimal value)
    {
        value = 0;
        var numeratorDigits = numeratorText.Length > 0 && numeratorText[0] is '+' or '-' ? numeratorText[1..] : numeratorText;
        if (!IsDigits(numeratorDigits) || !IsDigits(denominatorText)
            || !decimal.TryParse(numeratorText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var numerator)
            || !decimal.TryParse(denominatorText, NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            || denominator == 0)
        {
            return false;
        }

        value = numerator / denominator;
        return true;
    }

    // Only [+-]digits[.digits] or [+-].digits: no exponent, no thousands separator, no inner space.
    private static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var unsigned = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var point = unsigned.IndexOf('.');
        var whole = point < 0 ? unsigned : unsigned[..point];
        var fraction = point < 0 ? [] : unsigned[(point + 1)..];
        var wellFormed = (whole.Length > 0 || fraction.Length > 0)
            && (whole.IsEmpty || IsDigits(whole))
            && (fraction.IsEmpty || IsDigits(fraction));

        return wellFormed
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
