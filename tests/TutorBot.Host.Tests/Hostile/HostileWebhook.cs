using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Tests.Telegram.EndToEnd;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>The real bot in webhook mode against the fake Bot API, and a client that posts raw bytes to its webhook with the secret.</summary>
internal sealed class HostileWebhook : IAsyncDisposable
{
    private const string Secret = "hostile-secret_7";

    private readonly HttpClient _http = new();

    private HostileWebhook(TelegramScenario scenario, Uri url)
    {
        Scenario = scenario;
        Url = url;
    }

    public TelegramScenario Scenario { get; }

    public Uri Url { get; }

    public static async Task<HostileWebhook> StartAsync()
    {
        var listen = new Uri($"http://127.0.0.1:{FreePort()}");
        var url = new Uri(listen, "/telegram/updates");
        var scenario = await TelegramScenario.StartWithoutLimitsAsync(
            $"--Telegram:WebhookUrl={url}", $"--Telegram:WebhookSecret={Secret}", $"--Telegram:ListenUrl={listen}");
        await TelegramScenario.WaitUntilAsync(() => scenario.Fake.WebhookUrl is not null);
        return new HostileWebhook(scenario, url);
    }

    public async Task<HttpStatusCode> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        request.Headers.Add(WebhookServer.SecretHeader, Secret);
        try
        {
            using var response = await _http.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException) when (body.Length > InboxUpdate.MaxPayloadBytes)
        {
            // Kestrel answers 413 as soon as the declared length is over the limit, then closes the connection: a
            // client still sending the body may see the close before the status. Either way the body was refused.
            return HttpStatusCode.RequestEntityTooLarge;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Scenario.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
