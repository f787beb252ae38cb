using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MediatR;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Infrastructure.Caching;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>
/// Cache hits: a lookup in the model response store, a whole cached model call, and a cached GetContext of 50 messages
/// through the full pipeline (scope, MediatR, logging, validation) and through its handler alone.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CacheBenchmarks
{
    private const long StudentId = 1;
    private const int ContextSize = 50;

    private readonly ChatMessage[] _question = [new(ChatRole.System, "You are a patient maths tutor."), new(ChatRole.User, "What is a half of 8?")];
    private readonly ChatOptions _options = new() { ModelId = "tutor", Temperature = 0.2f, AdditionalProperties = new() { [ResponseCachingChatClient.PromptVersionKey] = "1" } };

    private ResponseCacheStore _store = null!;
    private string _storedKey = null!;
    private ResponseCachingChatClient _cachingClient = null!;
    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private AsyncServiceScope _scope;
    private IRequestHandler<GetContextQuery, ConversationContextDto> _handler = null!;
    private GetContextQuery _query = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _store = new ResponseCacheStore(Options.Create(new CacheOptions()));
        for (var i = 0; i < 500; i++)
        {
            _store.Set(Convert.ToHexString(BitConverter.GetBytes(i * 7919L)) + new string('0', 48), new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {i}")));
        }

        _storedKey = Convert.ToHexString(BitConverter.GetBytes(250 * 7919L)) + new string('0', 48);

        _cachingClient = new ResponseCachingChatClient(new AnsweringClient(), _store);
        await _cachingClient.GetResponseAsync(_question, _options);

        _database = TestDatabase.Create();
        _host = await PipelineHost.StartAsync(_database);
        await _host.SendAsync(new RegisterStudentCommand(StudentId));
        for (var n = 1; n <= ContextSize; n++)
        {
            await _host.SendAsync(AddMessageCommand.FromStudent(StudentId, Sample.Text(n)));
        }

        _query = new GetContextQuery(StudentId, ContextSize);
        await _host.SendAsync(_query);

        _scope = _host.Services.CreateAsyncScope();
        _handler = _scope.ServiceProvider.GetRequiredService<IRequestHandler<GetContextQuery, ConversationContextDto>>();
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _scope.DisposeAsync();
        _cachingClient.Dispose();
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Benchmark(Description = "response store lookup (hit)")]
    [BenchmarkCategory("Model responses")]
    public bool ResponseStoreHit() => _store.TryGet(_storedKey, out _);

    [Benchmark(Description = "cached model call (key hash + lookup + copy)")]
    [BenchmarkCategory("Model responses")]
    public Task<ChatResponse> CachedModelCall() => _cachingClient.GetResponseAsync(_question, _options);

    [Benchmark(Description = "cached GetContext (50), full pipeline")]
    [BenchmarkCategory("GetContext")]
    public Task<ConversationContextDto> CachedGetContextPipeline() => _host.SendAsync(_query);

    [Benchmark(Description = "cached GetContext (50), handler only")]
    [BenchmarkCategory("GetContext")]
    public Task<ConversationContextDto> CachedGetContextHandler() => _handler.Handle(_query, CancellationToken.None);

    /// <summary>Only its first answer is ever used: every later call is served by the cache.</summary>
    private sealed class AnsweringClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Half of 8 is 4.")));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
