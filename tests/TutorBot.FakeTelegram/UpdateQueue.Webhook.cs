using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram;

internal sealed partial class UpdateQueue
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private WebhookTarget? _webhook;
    private (string Message, long UnixDate)? _lastWebhookError;

    public string? WebhookUrl
    {
        get
        {
            lock (_lock)
            {
                return _webhook?.Url.ToString();
            }
        }
    }

    public string? WebhookSecret
    {
        get
        {
            lock (_lock)
            {
                return _webhook?.Secret;
            }
        }
    }

    /// <summary>From now on pending and new updates are POSTed to <paramref name="url"/>.</summary>
    public void SetWebhook(Uri url, string? secret, int maxConnections, bool dropPending)
    {
        lock (_lock)
        {
            _webhook?.Cancel();
            _webhook = new WebhookTarget(url, secret, maxConnections, stopping);
            _lastWebhookError = null;
            _poller?.Signal.TrySetResult(PollEnd.WebhookSet);
            _poller = null;
            if (dropPending)
            {
                RemoveWhere(_ => true);
            }

            // Updates an old webhook was still delivering move to the new one; a late success of the old
            // delivery may deliver twice, which Telegram allows too.
            for (var node = _pending.First; node is not null; node = node.Next)
            {
                StartDelivery(node.Value, _webhook);
            }
        }
    }

    public void DeleteWebhook(bool dropPending)
    {
        lock (_lock)
        {
            _webhook?.Cancel();
            _webhook = null;
            if (dropPending)
            {
                RemoveWhere(_ => true);
            }
        }
    }

    public JsonObject WebhookInfo()
    {
        lock (_lock)
        {
            var info = new JsonObject
            {
                ["url"] = _webhook?.Url.ToString() ?? string.Empty,
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _pending.Count,
            };
            if (_webhook is not null)
            {
                info["max_connections"] = _webhook.MaxConnections;
            }

            if (_lastWebhookError is { } error)
            {
                info["last_error_date"] = error.UnixDate;
                info["last_error_message"] = error.Message;
            }

            return info;
        }
    }

    // Called under the lock; the POST itself starts on the thread pool, outside it.
    private void StartDelivery(PendingUpdate update, WebhookTarget target)
    {
        update.Owner = target;
        _ = Task.Run(() => DeliverAsync(update, target));
    }

    private async Task DeliverAsync(PendingUpdate update, WebhookTarget target)
    {
        try
        {
            await target.Slots.WaitAsync(target.Stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            while (true)
            {
                lock (_lock)
                {
                    if (update.Owner != target || update.Node is null)
                    {
                        return;
                    }
                }

                offered.Add(new OfferedUpdate(update.PublicId, update.ChatId, Stopwatch.GetTimestamp()));
                var error = await PostAsync(update, target);
                if (target.Stopping.IsCancellationRequested)
                {
                    return;
                }

                lock (_lock)
                {
                    if (error is null)
                    {
                        Remove(update);
                        update.Owner = null;
                        return;
                    }

                    _lastWebhookError = (error, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
                }

                await Task.Delay(options.WebhookRetryDelay, target.Stopping);
            }
        }
        catch (OperationCanceledException) when (target.Stopping.IsCancellationRequested)
        {
            // The webhook was deleted or replaced, or the fake stopped: the update stays pending.
        }
        finally
        {
            target.Slots.Release();
        }
    }

    /// <summary>Null when the webhook accepted the update, else why not (getWebhookInfo's last_error_message).</summary>
    private async Task<string?> PostAsync(PendingUpdate update, WebhookTarget target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url);
        request.Content = new StringContent(update.Json);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (target.Secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", target.Secret);
        }

        try
        {
            using var response = await _http.SendAsync(request, target.Stopping);
            return response.IsSuccessStatusCode ? null : $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException exception)
        {
            return "Connection failed: " + exception.Message;
        }
        catch (TaskCanceledException) when (!target.Stopping.IsCancellationRequested)
        {
            return "Read timeout expired";
        }
    }

    private sealed class WebhookTarget
    {
        private readonly CancellationTokenSource _cancellation;

        public WebhookTarget(Uri url, string? secret, int maxConnections, CancellationToken stopping)
        {
            Url = url;
            Secret = secret;
            MaxConnections = maxConnections;
            Slots = new SemaphoreSlim(maxConnections, maxConnections);
            _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Stopping = _cancellation.Token;
        }

        public Uri Url { get; }

        public string? Secret { get; }

        public int MaxConnections { get; }

        /// <summary>At most max_connections deliveries in flight, as Telegram promises.</summary>
        public SemaphoreSlim Slots { get; }

        public CancellationToken Stopping { get; }

        public void Cancel() => _cancellation.Cancel();
    }
}
