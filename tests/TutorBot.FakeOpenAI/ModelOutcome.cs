namespace TutorBot.FakeOpenAI;

/// <summary>What the fake does with one chat completions request; script them with <see cref="FakeModelServer.Enqueue"/>.</summary>
public abstract record ModelOutcome
{
    private protected ModelOutcome()
    {
    }

    /// <summary>200 with this answer and these usage figures.</summary>
    public static ModelOutcome Answer(string text, int promptTokens = 10, int completionTokens = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(promptTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(completionTokens);
        return new AnswerOutcome(text, promptTokens, completionTokens);
    }

    /// <summary>Waits (until the client gives up or the fake stops), then does <paramref name="then"/>, or gives the default answer.</summary>
    public static ModelOutcome Delay(TimeSpan delay, ModelOutcome? then = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new DelayOutcome(delay, then);
    }

    /// <summary>
    /// An error status with an OpenAI-style error body (<c>{"error": {message, type, param, code}}</c>) and, when
    /// given, a <c>Retry-After</c> header in seconds.
    /// </summary>
    public static ModelOutcome Status(int status, int? retryAfterSeconds = null, string? message = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        if (retryAfterSeconds is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        }

        return new StatusOutcome(status, retryAfterSeconds, message);
    }

    /// <summary>200, <c>application/json</c>, with a body that is not JSON (cut off mid-object).</summary>
    public static ModelOutcome MalformedJson { get; } = new RawOutcome("{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,");

    /// <summary>200 with a well-formed completion whose <c>choices</c> is empty.</summary>
    public static ModelOutcome EmptyChoices { get; } = new EmptyChoicesOutcome();

    /// <summary>200 with one choice whose message content is the empty string.</summary>
    public static ModelOutcome EmptyContent { get; } = new ContentOutcome(string.Empty);

    /// <summary>200 with one choice whose message content is JSON <c>null</c>.</summary>
    public static ModelOutcome NullContent { get; } = new ContentOutcome(null);
}

internal sealed record AnswerOutcome(string Text, int PromptTokens, int CompletionTokens) : ModelOutcome;

internal sealed record DelayOutcome(TimeSpan Duration, ModelOutcome? Then) : ModelOutcome;

internal sealed record StatusOutcome(int Code, int? RetryAfterSeconds, string? Message) : ModelOutcome;

internal sealed record RawOutcome(string Body) : ModelOutcome;

internal sealed record EmptyChoicesOutcome : ModelOutcome;

internal sealed record ContentOutcome(string? Content) : ModelOutcome;
