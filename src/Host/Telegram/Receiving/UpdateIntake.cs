using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.Host.Telegram.Processing;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>
/// Where updates enter, from polling or the webhook: stored durably in the inbox first, then handed to the
/// dispatcher. The caller acknowledges them to Telegram only after this returns.
/// </summary>
internal sealed class UpdateIntake(IServiceScopeFactory scopes, UpdateDispatcher dispatcher)
{
    /// <returns>How many were new; redelivered updates are skipped.</returns>
    public async Task<int> AcceptAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return 0;
        }

        var result = await scopes.SendAsync(
            new StoreUpdatesCommand([.. updates.Select(u => new ReceivedUpdate(u.UpdateId, u.ChatId, u.Payload))]),
            cancellationToken);

        var stored = result.Stored.Select(s => s.UpdateId).ToHashSet();
        dispatcher.Enqueue(updates.Where(u => stored.Remove(u.UpdateId)));
        return result.Stored.Count;
    }
}
