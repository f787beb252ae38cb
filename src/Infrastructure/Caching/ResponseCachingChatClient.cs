using Microsoft.Extensions.AI;

namespace TutorBot.Infrastructure.Caching;

/// <summary>
/// Answers a model call from <see cref="ResponseCacheStore"/> when exactly the same request (see
/// <see cref="ResponseCacheKey"/>) was answered before: a redelivered update or the same first question in a lesson
/// costs no model call. Only non-streaming calls use the cache; streaming ones pass through.
/// </summary>
/// <remarks>
/// A response is cached only when it has text and holds nothing but text (no tool calls). A cached answer is handed
/// out as a fresh copy without <see cref="ChatResponse.Usage"/>: no tokens were spent on it, so none may count towards
/// a quota, and no caller can change what the next one gets.
/// </remarks>
public sealed class ResponseCachingChatClient : CachingChatClient
{
    /// <summary>
    /// The key of <see cref="ChatOptions.AdditionalProperties"/> under which a caller names the version of its prompt:
    /// changing the prompt's wording changes the version, so answers to the old wording are not reused.
    /// </summary>
    public const string PromptVersionKey = "prompt-version";

    private readonly ResponseCacheStore _store;
    private readonly ChatClientMetadata? _model;

    public ResponseCachingChatClient(IChatClient innerClient, ResponseCacheStore store)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;

        // Part of the key: two models (or providers) behind one store never share answers.
        _model = innerClient.GetService<ChatClientMetadata>();
    }

    protected override bool EnableCaching(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        base.EnableCaching(messages, options) && ResponseCacheKey.CanKey(messages, options);

    protected override string GetCacheKey(IEnumerable<ChatMessage> messages, ChatOptions? options, params ReadOnlySpan<object?> additionalValues) =>
        ResponseCacheKey.Compute(_model, messages, options, additionalValues);

    protected override Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_store.TryGet(key, out var response) ? Copy(response) : null);

    protected override Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken)
    {
        if (IsCacheable(value))
        {
            _store.Set(key, Copy(value));
        }

        return Task.CompletedTask;
    }

    protected override Task<IReadOnlyList<ChatResponseUpdate>?> ReadCacheStreamingAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChatResponseUpdate>?>(null);

    protected override Task WriteCacheStreamingAsync(string key, IReadOnlyList<ChatResponseUpdate> value, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private static bool IsCacheable(ChatResponse response) =>
        !string.IsNullOrWhiteSpace(response.Text)
        && response.Messages.All(m => m.Contents.All(c => c is TextContent or TextReasoningContent));

    private static ChatResponse Copy(ChatResponse response) =>
        new([.. response.Messages.Select(m => new ChatMessage(m.Role, [.. m.Contents.Select(CopyText)]) { AuthorName = m.AuthorName })])
        {
            ResponseId = response.ResponseId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
        };

    private static AIContent CopyText(AIContent content) => content switch
    {
        TextReasoningContent reasoning => new TextReasoningContent(reasoning.Text),
        _ => new TextContent(((TextContent)content).Text),
    };
}
