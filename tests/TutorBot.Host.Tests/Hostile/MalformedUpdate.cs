using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>
/// A body posted to the webhook and what the bot must make of it: the status it answers and, when the body is an
/// update it stores, the outcome its inbox row ends with (null: nothing stored).
/// </summary>
internal sealed record MalformedUpdate(string Name, byte[] Body, HttpStatusCode Status, string? Outcome, long UpdateId)
{
    public const string Rejected = "rejected";
    public const string Ignored = "ignored";
    public const string Handled = "handled";

    /// <summary>Far above Telegram's own ids, so they never meet the fake's.</summary>
    private static long _nextId = 1_000_000;

    /// <summary>Every kind of malformed body, each with fresh ids, so that none is taken for a redelivery of an earlier one.</summary>
    public static IReadOnlyList<Func<MalformedUpdate>> Kinds { get; } =
    [
        () => Refused("empty body", string.Empty),
        () => Refused("whitespace body", "  \n "),
        () => Refused("not JSON", "hello"),
        () => Refused("truncated JSON", "{\"update_id\": 5, \"message\": {"),
        () => Refused("array", "[]"),
        () => Refused("number", "5"),
        () => Refused("null", "null"),
        () => Refused("string id", "{\"update_id\":\"x\"}"),
        () => Refused("fractional id", "{\"update_id\":1.5}"),
        () => Refused("boolean id", "{\"update_id\":true}"),
        () => Refused("negative id", Invariant($"{{\"update_id\":-{NextId()}}}")),
        () => Refused("id of 2^63, past long", "{\"update_id\":9223372036854775808}"),
        () => Refused("id of 1e300", "{\"update_id\":1e300}"),
        () => Refused("no update_id", "{\"message\":" + Message(5, 5, "no update id here") + "}"),
        () => Refused("array nested 10,000 deep", new string('[', 10_000) + new string(']', 10_000)),
        () => Refused("object nested 10,000 deep in an update", Invariant($"{{\"update_id\":{NextId()},\"x\":") + Nested(10_000) + "}"),
        () => Stored("unknown update kind", id => Invariant($"{{\"update_id\":{id},\"foo\":{{}}}}"), Ignored),
        () => Stored("message is a number", id => Invariant($"{{\"update_id\":{id},\"message\":5}}"), Rejected),
        () => Stored("message is a string", id => Invariant($"{{\"update_id\":{id},\"message\":\"hi\"}}"), Rejected),
        () => Stored("message without chat", id => Invariant($"{{\"update_id\":{id},\"message\":{{\"message_id\":1,\"date\":0}}}}"), Rejected),
        () => Stored("chat id is a string", id => Invariant($"{{\"update_id\":{id},\"message\":") + Message(1, 1, "hello there, tutor").Replace("\"id\":1,\"type\"", "\"id\":\"abc\",\"type\"", StringComparison.Ordinal) + "}", Rejected),
        () => Stored("text is a number", id => Invariant($"{{\"update_id\":{id},\"message\":") + Message(id, id, "x").Replace("\"text\":\"x\"", "\"text\":5", StringComparison.Ordinal) + "}", Rejected),
        () => Stored("message without sender", id => Invariant($"{{\"update_id\":{id},\"message\":{{\"message_id\":1,\"date\":0,\"chat\":{{\"id\":{id},\"type\":\"private\"}},\"text\":\"anonymous writes\"}}}}"), Ignored),
        () => Stored("edited message", id => Invariant($"{{\"update_id\":{id},\"edited_message\":") + Message(id, id, "an edited text") + "}", Ignored),
        () => Stored("button without sender", id => Invariant($"{{\"update_id\":{id},\"callback_query\":{{\"id\":\"q\",\"chat_instance\":\"c\",\"data\":\"/help\"}}}}"), Rejected),
        () => Stored("button without data", id => Invariant($"{{\"update_id\":{id},\"callback_query\":{{\"id\":\"q\",\"chat_instance\":\"c\",\"from\":{{\"id\":{id},\"is_bot\":false,\"first_name\":\"B\"}}}}}}"), Ignored),
        () => Stored("negative sender", id => Invariant($"{{\"update_id\":{id},\"message\":") + Message(-id, -id, "a negative student writes") + "}", Handled),
        () => Stored("sender id long.MaxValue, short text", id => Invariant($"{{\"update_id\":{id},\"message\":") + Message(long.MaxValue, long.MaxValue, "hi") + "}", Handled),
        () => InvalidUtf8InText(),
        () => Refused("invalid UTF-8 outside strings", Utf8(Invariant($"{{\"update_id\":{NextId()},")), [0xFF, 0xFE], Utf8("\"x\":1}")),
        () => Refused("body over 1 MB", Invariant($"{{\"update_id\":{NextId()},\"pad\":\"") + new string('a', (1 << 20) + 10) + "\"}", HttpStatusCode.RequestEntityTooLarge),
        () => new MalformedUpdate(
            "invalid UTF-8 under 1 MB that decodes to over 1 MB",
            [.. Utf8(Invariant($"{{\"update_id\":{NextId()},\"pad\":\"")), .. Enumerable.Repeat((byte)0xFF, 400_000), .. Utf8("\"}")],
            HttpStatusCode.RequestEntityTooLarge,
            null,
            0),
    ];

    /// <summary>An update with an id near long.MaxValue: stored, but the Telegram library reads ids as 32-bit numbers.</summary>
    public static MalformedUpdate HugeId()
    {
        var id = long.MaxValue - NextId();
        return new("update id near long.MaxValue", Utf8(Invariant($"{{\"update_id\":{id},\"message\":") + Message(id, 77, "a text with a huge update id") + "}"), HttpStatusCode.OK, Rejected, id);
    }

    /// <summary>A well-formed message whose text is hostile: handled, its text stored or refused as the router does.</summary>
    public static (MalformedUpdate Update, long ChatId, string TextAsRead) WithText(string text)
    {
        var id = NextId();
        var json = Invariant($"{{\"update_id\":{id},\"message\":") + Message(id, id, text) + "}";

        // JSON cannot carry a lone surrogate: what the bot can read of the text is what a JSON reader reads.
        using var document = JsonDocument.Parse(json);
        var read = document.RootElement.GetProperty("message").GetProperty("text").GetString()!;
        return (new("hostile text", Utf8(json), HttpStatusCode.OK, Handled, id), id, read);
    }

    public override string ToString() => $"{Name} ({Body.Length} bytes)";

    private static MalformedUpdate InvalidUtf8InText()
    {
        var id = NextId();
        var parts = (Invariant($"{{\"update_id\":{id},\"message\":") + Message(id, id, "@@") + "}").Split("@@");
        return new("invalid UTF-8 in the text", Utf8(parts[0], [0xFF, 0xFE], Utf8(parts[1])), HttpStatusCode.OK, Handled, id);
    }

    private static MalformedUpdate Refused(string name, string body, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(name, Encoding.UTF8.GetBytes(body), status, null, 0);

    private static MalformedUpdate Refused(string name, byte[] start, byte[] middle, byte[] end) =>
        new(name, [.. start, .. middle, .. end], HttpStatusCode.BadRequest, null, 0);

    private static MalformedUpdate Stored(string name, Func<long, string> body, string outcome)
    {
        var id = NextId();
        return new(name, Encoding.UTF8.GetBytes(body(id)), HttpStatusCode.OK, outcome, id);
    }

    private static string Message(long chatId, long fromId, string text) =>
        Invariant($"{{\"message_id\":1,\"date\":1700000000,\"chat\":{{\"id\":{chatId},\"type\":\"private\"}},\"from\":{{\"id\":{fromId},\"is_bot\":false,\"first_name\":\"H\"}},\"text\":")
        + JsonSerializer.Serialize(text) + "}";

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Utf8(string start, byte[] middle, byte[] end) => [.. Utf8(start), .. middle, .. end];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static long NextId() => Interlocked.Increment(ref _nextId);
}
