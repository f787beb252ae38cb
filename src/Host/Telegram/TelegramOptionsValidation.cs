using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TutorBot.Host.Telegram;

/// <summary>Checked at start, so a bad setting stops the bot with one clear line per problem.</summary>
internal sealed partial class TelegramOptionsValidation : IValidateOptions<TelegramOptions>
{
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
        RequireRange(failures, "Telegram:MaxConcurrentChats", options.MaxConcurrentChats, 1, 1024);
        RequireRange(failures, "Telegram:MaxConcurrentSends", options.MaxConcurrentSends, 1, 1024);
        RequireRange(failures, "Telegram:MessagesPerSecond", options.MessagesPerSecond, 0, 1000);
        RequireRange(failures, "Telegram:MessagesPerSecondPerChat", options.MessagesPerSecondPerChat, 0, 1000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key} must be an absolute http:// or https:// address, not '{value}'.");
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
