using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TutorBot.FakeTelegram.Tests.Webhooks;

/// <summary>A tiny bot-side webhook endpoint: records each POST and answers 500 to the first few when told to.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst);
        app.Run(receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/webhook");
        return receiver;
    }

    public async Task<Delivery> NextAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        return await _deliveries.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 200;
        await _deliveries.Writer.WriteAsync(new Delivery(body, context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), status));
        context.Response.StatusCode = status;
    }

    public sealed record Delivery(string Body, string Secret, int AnsweredStatus);
}
