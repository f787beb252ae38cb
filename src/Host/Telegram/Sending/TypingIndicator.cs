using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>
/// Shows "typing…" while a reply takes longer than a second. Telegram shows the action for about five
/// seconds, so it is repeated until the reply is ready. Best effort: a failure here only loses the dots.
/// </summary>
internal sealed class TypingIndicator(ITelegramBotClient bot, TimeProvider time)
{
    private static readonly TimeSpan FirstAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RepeatEvery = TimeSpan.FromSeconds(4.5);

    public IAsyncDisposable Start(long chatId, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = ShowAsync(chatId, stop.Token);
        return new Running(stop, loop);
    }

    private async Task ShowAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(FirstAfter, time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Not worth a retry or a log line each time: the reply itself is what matters.
                }

                await Task.Delay(RepeatEvery, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Running(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
