using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Cli.Output;

/// <summary>The one JSON shape of <c>--json</c> output: camelCase names, enums as words, UTC times in ISO 8601.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The first converter that fits wins: letter grades stay capital letters ("B", not "b"); other enums are camelCase words.
        Converters = { new JsonStringEnumConverter<LetterGrade>(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Students' text is written as it is (emoji, CJK, quotes), not as \u escapes; it is not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
