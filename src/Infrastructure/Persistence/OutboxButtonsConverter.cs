using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TutorBot.Domain.Delivery;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>Stores an inline keyboard as JSON text: rows of <c>{"label":…,"data":…}</c>, readable in the file.</summary>
internal sealed class OutboxButtonsConverter() : ValueConverter<IReadOnlyList<IReadOnlyList<OutboxButton>>?, string?>(
    value => Serialize(value),
    value => Deserialize(value))
{
    // The text is read by the application and by people looking at the file, never embedded in HTML:
    // labels stay readable instead of becoming \u escapes.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string? Serialize(IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons) =>
        buttons is null ? null : JsonSerializer.Serialize(buttons, Options);

    private static OutboxButton[][]? Deserialize(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<OutboxButton[][]>(json, Options);
}

/// <summary>Compares keyboards by their buttons, not by list identity, so that change tracking sees real changes only.</summary>
internal sealed class OutboxButtonsComparer() : ValueComparer<IReadOnlyList<IReadOnlyList<OutboxButton>>?>(
    (left, right) => AreEqual(left, right),
    value => HashOf(value),
    value => Copy(value))
{
    private static bool AreEqual(IReadOnlyList<IReadOnlyList<OutboxButton>>? left, IReadOnlyList<IReadOnlyList<OutboxButton>>? right) =>
        left is null || right is null
            ? left is null && right is null
            : left.Count == right.Count && left.Zip(right).All(rows => rows.First.SequenceEqual(rows.Second));

    private static int HashOf(IReadOnlyList<IReadOnlyList<OutboxButton>>? value)
    {
        var hash = new HashCode();
        foreach (var button in value?.SelectMany(row => row) ?? [])
        {
            hash.Add(button);
        }

        return hash.ToHashCode();
    }

    private static IReadOnlyList<OutboxButton>[]? Copy(IReadOnlyList<IReadOnlyList<OutboxButton>>? value) =>
        value?.Select(row => (IReadOnlyList<OutboxButton>)[.. row]).ToArray();
}
