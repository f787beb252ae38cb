using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Unit.Delivery;

public sealed class StoreUpdatesCommandValidatorTests
{
    private readonly StoreUpdatesCommandValidator _validator = new();

    [Test]
    public void Validate_WithOneUpdate_Passes()
    {
        Assert.That(Errors(new ReceivedUpdate(0, null, "{}")), Is.Empty);
    }

    [Test]
    public void Validate_WithTheMostUpdatesAndTheLargestPayload_Passes()
    {
        var largest = new string('é', InboxUpdate.MaxPayloadBytes / 2);
        var updates = Enumerable.Range(1, 999).Select(id => new ReceivedUpdate(id, 7, "{}")).Append(new ReceivedUpdate(5000, 7, largest));

        Assert.That(Errors([.. updates]), Is.Empty);
    }

    [Test]
    public void Validate_WithNoUpdates_IsRejected()
    {
        Assert.That(Errors(), Is.EqualTo(new[] { "Give 1 to 1000 updates at once." }));
    }

    [Test]
    public void Validate_WithTooManyUpdates_IsRejected()
    {
        var updates = Enumerable.Range(0, 1001).Select(id => new ReceivedUpdate(id, 7, "{}")).ToArray();

        Assert.That(Errors(updates), Is.EqualTo(new[] { "Give 1 to 1000 updates at once." }));
    }

    [Test]
    public void Validate_WithNegativeId_IsRejected()
    {
        Assert.That(Errors(new ReceivedUpdate(1, 7, "{}"), new ReceivedUpdate(-1, 7, "{}")), Is.EqualTo(new[] { "An update id cannot be negative." }));
    }

    [TestCase("")]
    [TestCase(" \n\t")]
    [TestCase(null)]
    public void Validate_WithBlankPayload_IsRejected(string? payload)
    {
        Assert.That(Errors(new ReceivedUpdate(1, 7, payload!)), Is.EqualTo(new[] { "An update's payload cannot be blank." }));
    }

    [Test]
    public void Validate_WithPayloadOverOneMegabyteOfUtf8_IsRejected()
    {
        // Half a million characters, but each takes two bytes in UTF-8.
        var payload = new string('é', (InboxUpdate.MaxPayloadBytes / 2) + 1);

        Assert.That(Errors(new ReceivedUpdate(1, 7, payload)), Is.EqualTo(new[] { "An update's payload can have at most 1048576 bytes." }));
    }

    [Test]
    public void Validate_WithMissingUpdate_IsRejected()
    {
        Assert.That(Errors(new ReceivedUpdate(1, 7, "{}"), null!), Is.EqualTo(new[] { "An update cannot be missing." }));
    }

    [Test]
    public void Validate_WithMissingList_IsRejected()
    {
        Assert.That(_validator.Validate(new StoreUpdatesCommand(null!)).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "Give at least one update." }));
    }

    private IEnumerable<string> Errors(params ReceivedUpdate[] updates) =>
        _validator.Validate(new StoreUpdatesCommand(updates)).Errors.Select(e => e.ErrorMessage);
}
