using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TutorBot.FakeTelegram;

/// <summary>
/// A fake Telegram Bot API server on a real loopback port: point the bot's <c>Telegram:ApiBaseUrl</c> at
/// <see cref="BaseUrl"/>, play the students with <see cref="SendText"/> and friends, and read what the bot did
/// from <see cref="Sent"/>, <see cref="Calls"/> and the other recordings. Thread-safe throughout.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly UpdateJson _json;
    private readonly UpdateQueue _updates;
    private readonly FaultScript _faults = new();
    private readonly Dictionary<string, Method> _methods;
    private readonly AppendOnlyLog<RecordedCall> _calls = new();
    private readonly AppendOnlyLog<OfferedUpdate> _offered = new();
    private readonly AppendOnlyLog<CallbackAnswer> _callbackAnswers = new();
    private readonly AppendOnlyLog<ChatAction> _chatActions = new();
    private readonly ConcurrentDictionary<long, string> _chatTypes = new();
    private readonly ConcurrentDictionary<long, bool> _blockedChats = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _deleteWebhookCalls;
    private int _disposed;

    private FakeBotApi(FakeBotApiOptions options, WebApplication app)
    {
        Options = options;
        _app = app;
        _json = new UpdateJson(options, TimeProvider.System);
        _updates = new UpdateQueue(options, _offered, _stopping.Token);
        _limiter = new SendRateLimiter(options.PerChatMessagesPerSecond, options.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1) - options.LimitTolerance);
        _methods = CreateMethods();
        BaseUrl = null!;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234 (requests go to {BaseUrl}bot{Token}/{method}).</summary>
    public Uri BaseUrl { get; private set; }

    public string Token => Options.Token;

    public FakeBotApiOptions Options { get; }

    /// <summary>Every request answered, in the order the answers were written.</summary>
    public IReadOnlyList<RecordedCall> Calls => _calls.Snapshot();

    public IReadOnlyList<OfferedUpdate> Offered => _offered.Snapshot();

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => _callbackAnswers.Snapshot();

    public IReadOnlyList<ChatAction> ChatActions => _chatActions.Snapshot();

    /// <summary>Highest offset a getUpdates has confirmed.</summary>
    public long ConfirmedOffset => _updates.ConfirmedOffset;

    /// <summary>Updates neither confirmed by getUpdates nor delivered to a webhook.</summary>
    public int PendingUpdateCount => _updates.PendingCount;

    public string? WebhookUrl => _updates.WebhookUrl;

    public string? WebhookSecret => _updates.WebhookSecret;

    public int DeleteWebhookCalls => Volatile.Read(ref _deleteWebhookCalls);

    public static async Task<FakeBotApi> StartAsync(FakeBotApiOptions? options = null, CancellationToken ct = default)
    {
        options ??= new FakeBotApiOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var fake = new FakeBotApi(options, app);
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], fake.HandleAsync);
        await app.StartAsync(ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        fake.BaseUrl = new Uri(addresses.First());
        return fake;
    }

    /// <summary>
    /// Waits until a getUpdates long poll is parked here waiting for updates: the bot is polling and has seen
    /// everything so far. Throws <see cref="TimeoutException"/> when none is within <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitForLongPollAsync(TimeSpan timeout)
    {
        try
        {
            await _updates.WhenParked().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No getUpdates long poll waited within {timeout}; {_calls.Count} API calls so far.");
        }
    }

    /// <summary>Scripts the next <paramref name="times"/> requests of <paramref name="method"/> (to that chat, when given) to fail.</summary>
    public void Fail(string method, Fault fault, int times = 1, long? chatId = null) => _faults.Add(method, fault, times, chatId);

    /// <summary>From now on sendMessage, sendChatAction and editMessageText to the chat get 403 "bot was blocked by the user".</summary>
    public void BlockChat(long chatId) => _blockedChats[chatId] = true;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Parked long polls, scripted delays and webhook deliveries end first, so stopping Kestrel does not wait on them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _updates.Dispose();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var token = context.Request.RouteValues["token"] as string;
        var name = context.Request.RouteValues["method"] as string ?? string.Empty;
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        ApiResult result;
        if (token != Options.Token)
        {
            result = ApiResult.Error(401, "Unauthorized");
        }
        else if (!_methods.TryGetValue(name, out var method))
        {
            result = ApiResult.Error(404, "Not Found: method not found");
        }
        else
        {
            name = method.Name;
            try
            {
                result = await InvokeAsync(method, body, context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || _stopping.IsCancellationRequested)
            {
                // The client gave up (e.g. its own timeout) or the fake is stopping: nobody gets an answer.
                Record(name, body, 499);
                context.Abort();
                return;
            }
        }

        Record(name, body, result.Status);
        context.Response.StatusCode = result.Status;
        context.Response.ContentType = result.ContentType;
        await context.Response.WriteAsync(result.Body, context.RequestAborted);
    }

    private void Record(string method, string body, int status) =>
        _calls.Add(new RecordedCall(method, Options.RecordCallBodies ? body : string.Empty, status, Stopwatch.GetTimestamp()));

    private async Task<ApiResult> InvokeAsync(Method method, string body, HttpContext context)
    {
        var request = BotApiRequest.Parse(body, context.Request.ContentType, context.Request.Query);
        if (request is null)
        {
            return ApiResult.BadRequest("can't parse JSON object");
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        switch (_faults.Take(method.Name, request.ChatId))
        {
            case ErrorFault error:
                return error.Result;
            case DelayFault delay:
                await Task.Delay(delay.Duration, cancellation.Token);
                break;
        }

        return await method.Handle(request, cancellation.Token);
    }

    private sealed record Method(string Name, Func<BotApiRequest, CancellationToken, Task<ApiResult>> Handle);
}
