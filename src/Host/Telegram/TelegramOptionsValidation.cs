using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TutorBot.Host.Telegram;

/// <summary>Checked at start, so a bad setting stops the bot with one clear line per problem.</summary>
internal sealed partial class TelegramOptionsValidation : IValidateOptions<TelegramOptions>
{
    private const double MinRate = 0.01;

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        // Without a token the transport does not run (local chat), so nothing else here matters.
        if (!options.HasToken)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();

        // The value itself is a secret: the message describes the expected shape only.
        if (!TokenShape().IsMatch(options.BotToken!))
        {
            failures.Add("Telegram:BotToken must look like 123456789:AAH... (the token @BotFather gave you).");
        }

        RequireHttpUrl(failures, "Telegram:ApiBaseUrl", options.ApiBaseUrl);
        if (options.UsesWebhook)
        {
            RequireHttpUrl(failures, "Telegram:WebhookUrl", options.WebhookUrl);

            // The real Bot API posts to HTTPS only; a fake or a local Bot API server may use plain HTTP.
            if (options.ApiBaseUrl.TrimEnd('/') == TelegramOptions.PublicApiBaseUrl && !options.WebhookUrl!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add("Telegram:WebhookUrl must be an https:// address: Telegram posts updates over HTTPS only.");
            }
            if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretShape().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret is required with a webhook: 1-256 characters, letters, digits, _ and -.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.ListenUrl))
        {
            RequireHttpUrl(failures, "Telegram:ListenUrl", options.ListenUrl);
        }

        if (options.AdminUserIds.Any(id => id <= 0))
        {
            failures.Add("Telegram:AdminUserIds must be positive Telegram user ids.");
        }

        RequireRange(failures, "Telegram:JoinWindow", options.JoinWindow, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        RequireRange(failures, "Telegram:PollTimeout", options.PollTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(50));
        RequireRange(failures, "Telegram:MaxRetryDelay", options.MaxRetryDelay, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        RequireRange(failures, "Telegram:Retention", options.Retention, TimeSpan.FromHours(1), TimeSpan.FromDays(365));
        RequireRange(failures, "Telegram:MaxConcurrentChats", options.MaxConcurrentChats, 1, 1024);
        RequireRange(failures, "Telegram:MaxConcurrentSends", options.MaxConcurrentSends, 1, 1024);
        RequireRate(failures, "Telegram:MessagesPerSecond", options.MessagesPerSecond);
        RequireRate(failures, "Telegram:MessagesPerSecondPerChat", options.MessagesPerSecondPerChat);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key} must be an absolute http:// or https:// address, not '{value}'.");
        }
    }

    /// <summary>0 turns a limit off; otherwise from one message per 100 s (slower is no longer a rate) to 1000/s.</summary>
    private static void RequireRate(List<string> failures, string key, double value)
    {
        if (value != 0 && value is < MinRate or > 1000 || double.IsNaN(value))
        {
            failures.Add($"{key} must be 0 (no limit) or between {MinRate} and 1000 messages per second, not {value}.");
        }
    }

    private static void RequireRange<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{key} must be between {min} and {max}, not {value}.");
        }
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
