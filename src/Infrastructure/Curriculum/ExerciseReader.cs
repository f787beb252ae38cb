using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>Turns one exercise entry of a lesson file into a domain exercise, or reports every problem it has.</summary>
internal static class ExerciseReader
{
    public const int DefaultPoints = 10;
    public const NumberForms DefaultForms = NumberForms.Decimal | NumberForms.Fraction;

    private static readonly Dictionary<string, NumberForms> FormNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["decimal"] = NumberForms.Decimal,
        ["fraction"] = NumberForms.Fraction,
        ["percent"] = NumberForms.Percent,
    };

    private static readonly Dictionary<string, ExerciseKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["choice"] = ExerciseKind.Choice,
        ["text"] = ExerciseKind.Text,
        ["number"] = ExerciseKind.Number,
    };

    /// <param name="position">1-based, to name an exercise that has no id.</param>
    public static Exercise? Read(ExerciseEntry entry, int position, FileProblems file)
    {
        var name = IsBlank(entry.Id) ? $"exercise {position}" : $"exercise \"{entry.Id}\"";
        var problems = new ExerciseProblems(name, file);

        if (IsBlank(entry.Id))
        {
            problems.Add("has no id");
        }

        if (IsBlank(entry.Prompt))
        {
            problems.Add("has no prompt");
        }

        if (IsBlank(entry.Explanation))
        {
            problems.Add("has no explanation (shown after the student answers)");
        }

        if (IsBlank(entry.Answer))
        {
            problems.Add("has no answer");
        }

        var points = ReadPoints(entry.Points, problems);
        var kind = ReadKind(entry.Kind, problems);
        RejectKeysOfOtherKinds(entry, kind, problems);

        var build = kind switch
        {
            ExerciseKind.Choice => ReadChoice(entry, points, problems),
            ExerciseKind.Text => ReadText(entry, points, problems),
            ExerciseKind.Number => ReadNumber(entry, points, problems),
            _ => null,
        };

        if (problems.Count > 0 || build is null)
        {
            return null;
        }

        try
        {
            return build();
        }
        catch (DomainException e)
        {
            problems.Add($"is not valid: {e.Message}", sentence: false);
            return null;
        }
    }

    private static Func<Exercise>? ReadChoice(ExerciseEntry entry, int points, ExerciseProblems problems)
    {
        var options = entry.Options ?? [];
        if (options.Count < 2)
        {
            problems.Add("needs a list of at least 2 options");
            return null;
        }

        BlankEntries(options, "option", problems);
        var duplicates = options.Where(o => !IsBlank(o))
            .GroupBy(o => TextAnswer.Normalize(o!))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", g.Select(o => $"\"{o}\"")));
        foreach (var duplicate in duplicates)
        {
            problems.Add($"has options that read the same to a student: {duplicate}");
        }

        var correct = options.IndexOf(entry.Answer);
        if (!IsBlank(entry.Answer) && correct < 0)
        {
            var close = options.FirstOrDefault(o => !IsBlank(o) && TextAnswer.Normalize(o!) == TextAnswer.Normalize(entry.Answer!));
            problems.Add(close is null
                ? $"answer \"{entry.Answer}\" is not one of the options"
                : $"answer \"{entry.Answer}\" is not exactly one of the options (did you mean \"{close}\"?)");
        }

        return () => new ChoiceExercise(entry.Id!, entry.Prompt!, points, Hint(entry), entry.Explanation!, options.ConvertAll(o => o!), correct);
    }

    private static Func<Exercise> ReadText(ExerciseEntry entry, int points, ExerciseProblems problems)
    {
        var accept = entry.Accept ?? [];
        BlankEntries(accept, "accepted alternative", problems);
        return () => new TextExercise(entry.Id!, entry.Prompt!, points, Hint(entry), entry.Explanation!, entry.Answer!, accept.ConvertAll(a => a!));
    }

    private static Func<Exercise> ReadNumber(ExerciseEntry entry, int points, ExerciseProblems problems)
    {
        var answer = 0m;
        if (!IsBlank(entry.Answer) && !TryDecimal(entry.Answer!, out answer))
        {
            problems.Add($"answer \"{entry.Answer}\" is not a number; write it as a decimal like 0.75 (for 1/3 write 0.3333 and a tolerance)");
        }

        var tolerance = 0m;
        if (entry.Tolerance is not null && (!TryDecimal(entry.Tolerance, out tolerance) || tolerance < 0))
        {
            problems.Add($"tolerance \"{entry.Tolerance}\" must be a number of 0 or more, like 0.01");
        }

        var forms = ReadForms(entry.Forms, problems);
        return () => new NumberExercise(entry.Id!, entry.Prompt!, points, Hint(entry), entry.Explanation!, answer, tolerance, forms);
    }

    private static NumberForms ReadForms(List<string?>? names, ExerciseProblems problems)
    {
        if (names is null)
        {
            return DefaultForms;
        }

        if (names.Count == 0)
        {
            problems.Add("has an empty list of forms; list at least one of decimal, fraction, percent, or leave \"forms\" out for decimal and fraction");
            return DefaultForms;
        }

        NumberForms forms = 0;
        foreach (var name in names)
        {
            if (name is not null && FormNames.TryGetValue(name.Trim(), out var form))
            {
                forms |= form;
            }
            else
            {
                problems.Add($"has an unknown number form \"{name}\"; the forms are decimal, fraction and percent");
            }
        }

        return forms;
    }

    private static ExerciseKind? ReadKind(string? kind, ExerciseProblems problems)
    {
        if (IsBlank(kind))
        {
            problems.Add("has no kind; use choice, text or number");
            return null;
        }

        if (KindNames.TryGetValue(kind!.Trim(), out var parsed))
        {
            return parsed;
        }

        problems.Add($"has an unknown kind \"{kind}\"; use choice, text or number");
        return null;
    }

    private static int ReadPoints(string? points, ExerciseProblems problems)
    {
        if (points is null)
        {
            return DefaultPoints;
        }

        if (!int.TryParse(points, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 100)
        {
            problems.Add($"has points \"{points}\"; points must be a whole number from 1 to 100 (default {DefaultPoints})");
            return DefaultPoints;
        }

        return value;
    }

    /// <summary>A key that only another kind uses would be silently ignored: most likely a mistake, so it is one.</summary>
    private static void RejectKeysOfOtherKinds(ExerciseEntry entry, ExerciseKind? kind, ExerciseProblems problems)
    {
        if (kind is null)
        {
            return;
        }

        (string Key, bool Present, ExerciseKind UsedBy)[] kindKeys =
        [
            ("options", entry.Options is not null, ExerciseKind.Choice),
            ("accept", entry.Accept is not null, ExerciseKind.Text),
            ("tolerance", entry.Tolerance is not null, ExerciseKind.Number),
            ("forms", entry.Forms is not null, ExerciseKind.Number),
        ];
        foreach (var (key, _, usedBy) in kindKeys.Where(k => k.Present && k.UsedBy != kind))
        {
            problems.Add($"has \"{key}\", which only {Name(usedBy)} exercises use; remove it or change the kind");
        }
    }

    private static void BlankEntries(List<string?> entries, string what, ExerciseProblems problems)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (IsBlank(entries[i]))
            {
                problems.Add($"has a blank {what} (number {i + 1})");
            }
        }
    }

    private static string? Hint(ExerciseEntry entry) => IsBlank(entry.Hint) ? null : entry.Hint;

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Name(ExerciseKind kind) => kind.ToString().ToLowerInvariant();

    internal static bool IsBlank([NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    private sealed class ExerciseProblems(string name, FileProblems file)
    {
        public int Count { get; private set; }

        public void Add(string problem, bool sentence = true)
        {
            file.Add(sentence ? $"{name} {problem}." : $"{name} {problem}");
            Count++;
        }
    }
}
