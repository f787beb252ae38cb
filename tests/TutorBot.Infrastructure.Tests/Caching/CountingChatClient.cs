using Microsoft.Extensions.AI;

namespace TutorBot.Infrastructure.Tests.Caching;

/// <summary>A model that answers "answer N" to its Nth call (or what <see cref="Answer"/> says) and counts its calls.</summary>
internal sealed class CountingChatClient(string? defaultModel = null) : IChatClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Func<int, ChatResponse> Answer { get; set; } = call =>
        new(new ChatMessage(ChatRole.Assistant, $"answer {call}")) { Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 } };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(Interlocked.Increment(ref _calls)));

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The response cache is tested without streaming.");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("counting", null, defaultModel) : null;

    public void Dispose()
    {
    }
}
