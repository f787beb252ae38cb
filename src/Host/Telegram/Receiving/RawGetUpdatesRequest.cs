using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>
/// getUpdates answered as raw JSON, one element per update. The library's own request would deserialise the
/// whole batch at once: one update it cannot read would fail every poll and stall the bot for good. Raw
/// elements are stored exactly as Telegram sent them and read one by one.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    /// <summary>Seconds of long polling.</summary>
    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
