using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TutorBot.FakeOpenAI;

/// <summary>
/// A fake OpenAI-compatible chat completions server on a real loopback port: point the client's endpoint at
/// <see cref="Endpoint"/>, script what the next requests get with <see cref="Enqueue"/> (the rest get the default
/// answer) and read what the client sent from <see cref="Requests"/>. Thread-safe throughout.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly OutcomeScript _script = new();
    private readonly RequestLog _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile AnswerOutcome _defaultAnswer = new("The fake model's answer.", 10, 5);
    private int _completionIds;
    private int _disposed;

    private FakeModelServer(WebApplication app)
    {
        _app = app;
        Endpoint = null!;
    }

    /// <summary>The API base, e.g. http://127.0.0.1:41234/v1 (the client posts to {Endpoint}/chat/completions).</summary>
    public Uri Endpoint { get; private set; }

    /// <summary>Every request to /v1/chat/completions, in arrival order, recorded before it is answered.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    public int CallCount => _requests.Count;

    /// <summary>Scripted outcomes not yet used.</summary>
    public int PendingOutcomes => _script.Count;

    public static async Task<FakeModelServer> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var fake = new FakeModelServer(app);
        app.MapPost("/v1/chat/completions", fake.HandleAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return fake;
    }

    /// <summary>What a request gets when nothing is scripted.</summary>
    public void SetDefaultAnswer(string text, int promptTokens = 10, int completionTokens = 5) =>
        _defaultAnswer = (AnswerOutcome)ModelOutcome.Answer(text, promptTokens, completionTokens);

    /// <summary>The next <paramref name="times"/> requests (after those already scripted) get <paramref name="outcome"/>.</summary>
    public void Enqueue(ModelOutcome outcome, int times = 1) => _script.Add(outcome, times);

    /// <summary>The next <paramref name="times"/> requests fail with <paramref name="status"/> (500 by default).</summary>
    public void FailNext(int times, int status = 500, int? retryAfterSeconds = null) =>
        Enqueue(ModelOutcome.Status(status, retryAfterSeconds), times);

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived; <see cref="TimeoutException"/> otherwise.</summary>
    public async Task WaitForCallsAsync(int count, TimeSpan timeout)
    {
        try
        {
            await _requests.WhenCount(count).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} model calls within {timeout}; {CallCount} arrived.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Scripted delays end first, so stopping Kestrel does not wait on them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var request = RecordedRequest.Parse(body, context.Request.Headers.Authorization.FirstOrDefault());
        _requests.Add(request);
        if (request.Model is null || request.Messages.Count == 0)
        {
            await WriteErrorAsync(context, 400, "The request needs a model and at least one message, in a JSON object.");
            return;
        }

        if (request.Stream)
        {
            await WriteErrorAsync(context, 400, "This fake does not stream: send stream=false.");
            return;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await AnswerAsync(context, request, _script.Take() ?? _defaultAnswer, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client gave up (its own timeout) or the fake is stopping: nobody gets an answer.
            context.Abort();
        }
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request, ModelOutcome outcome, CancellationToken ct)
    {
        switch (outcome)
        {
            case DelayOutcome delay:
                await Task.Delay(delay.Duration, ct);
                await AnswerAsync(context, request, delay.Then ?? _defaultAnswer, ct);
                break;
            case StatusOutcome status:
                if (status.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await WriteErrorAsync(context, status.Code, status.Message, ct);
                break;
            case RawOutcome raw:
                await WriteAsync(context, 200, raw.Body, ct);
                break;
            case EmptyChoicesOutcome:
                await WriteAsync(context, 200, Completion(request, content: null, noChoices: true), ct);
                break;
            case ContentOutcome content:
                await WriteAsync(context, 200, Completion(request, content.Content), ct);
                break;
            case AnswerOutcome answer:
                await WriteAsync(context, 200, Completion(request, answer.Text, answer.PromptTokens, answer.CompletionTokens), ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}.");
        }
    }

    private string Completion(RecordedRequest request, string? content, int promptTokens = 10, int completionTokens = 0, bool noChoices = false) =>
        CompletionJson.Completion(
            "chatcmpl-fake-" + Interlocked.Increment(ref _completionIds).ToString(CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            request.Model!,
            content,
            promptTokens,
            completionTokens,
            noChoices);

    private static Task WriteErrorAsync(HttpContext context, int status, string? message, CancellationToken ct = default) =>
        WriteAsync(context, status, CompletionJson.Error(status, message), ct);

    private static async Task WriteAsync(HttpContext context, int status, string body, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, ct);
    }
}
