using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Unit.Delivery;

public sealed class CompleteUpdatesCommandValidatorTests
{
    private readonly CompleteUpdatesCommandValidator _validator = new();

    [Test]
    public void Validate_WithRepliesAtTheLimits_Passes()
    {
        var replies = Enumerable.Range(0, CompleteUpdatesCommandValidator.MaxReplies - 2)
            .Select(n => new OutgoingMessage(7, "x", TextFormat.Plain, null))
            .Append(new OutgoingMessage(7, new string('y', OutboxMessage.MaxTextLength), TextFormat.Html, null))
            .Append(new OutgoingMessage(7, "With keys", TextFormat.Plain, [[new("A", new string('d', OutboxButton.MaxDataBytes))]]));

        Assert.That(Errors(new CompleteUpdatesCommand([0, 1], UpdateOutcome.Handled, [.. replies])), Is.Empty);
    }

    [Test]
    public void Validate_WithNoReplies_Passes()
    {
        Assert.That(Errors(new CompleteUpdatesCommand([1], UpdateOutcome.Ignored, [])), Is.Empty);
    }

    private static IEnumerable<TestCaseData> InvalidCommands()
    {
        OutgoingMessage ok = new(7, "Fine", TextFormat.Plain, null);
        yield return Case("no update", new([], UpdateOutcome.Handled, [ok]), "Name 1 to 1000 updates.");
        yield return Case("missing update list", new(null!, UpdateOutcome.Handled, [ok]), "Name at least one update.");
        yield return Case("negative update id", new([1, -2], UpdateOutcome.Handled, [ok]), "An update id cannot be negative.");
        yield return Case("repeated update id", new([1, 2, 1], UpdateOutcome.Handled, [ok]), "Name each update once.");
        yield return Case("undefined outcome", new([1], (UpdateOutcome)9, [ok]), "Unknown update outcome.");
        yield return Case("missing reply list", new([1], UpdateOutcome.Handled, null!), "Give the replies, or none.");
        yield return Case("too many replies", new([1], UpdateOutcome.Handled, [.. Enumerable.Repeat(ok, 21)]), "At most 20 replies to one update.");
        yield return Case("missing reply", new([1], UpdateOutcome.Handled, [ok, null!]), "A reply cannot be missing.");
        yield return Case("empty text", new([1], UpdateOutcome.Handled, [ok with { Text = "" }]), "A reply cannot be blank.");
        yield return Case("blank text", new([1], UpdateOutcome.Handled, [ok with { Text = " \n " }]), "A reply cannot be blank.");
        yield return Case("text too long", new([1], UpdateOutcome.Handled, [ok with { Text = new string('x', 4097) }]),
            "A reply can have at most 4096 characters; split longer ones.");
        yield return Case("undefined format", new([1], UpdateOutcome.Handled, [ok with { Format = (TextFormat)5 }]), "Unknown text format.");
        yield return Case("empty row", new([1], UpdateOutcome.Handled, [ok with { Buttons = [[]] }]), "A row of buttons cannot be empty.");
        yield return Case("blank label", new([1], UpdateOutcome.Handled, [ok with { Buttons = [[new(" ", "data")]] }]), "A button needs a label.");
        yield return Case("data too long", new([1], UpdateOutcome.Handled, [ok with { Buttons = [[new("Go", new string('ü', 33))]] }]),
            "A button's data must have 1 to 64 bytes.");
        yield return Case("empty data", new([1], UpdateOutcome.Handled, [ok with { Buttons = [[new("Go", "")]] }]), "A button's data must have 1 to 64 bytes.");
        yield return Case("too many buttons", new([1], UpdateOutcome.Handled, [ok with { Buttons = [.. Enumerable.Repeat<IReadOnlyList<OutboxButton>>([new("Go", "go")], 101)] }]),
            "A keyboard can have at most 100 buttons.");
    }

    [TestCaseSource(nameof(InvalidCommands))]
    public void Validate_WithInvalidCommand_IsRejected(CompleteUpdatesCommand command, string expected)
    {
        Assert.That(Errors(command), Is.EqualTo(new[] { expected }));
    }

    private static TestCaseData Case(string name, CompleteUpdatesCommand command, string expected) =>
        new TestCaseData(command, expected).SetArgDisplayNames(name);

    private IEnumerable<string> Errors(CompleteUpdatesCommand command) =>
        _validator.Validate(command).Errors.Select(e => e.ErrorMessage);
}

public sealed class CompleteUpdateBatchCommandValidatorTests
{
    private static readonly OutgoingMessage Ok = new(7, "Fine", TextFormat.Plain, null);

    private readonly CompleteUpdateBatchCommandValidator _validator = new();

    [Test]
    public void Validate_WithDistinctItems_Passes()
    {
        var batch = new CompleteUpdateBatchCommand([new([1], UpdateOutcome.Handled, [Ok]), new([2, 3], UpdateOutcome.Joined, [])]);

        Assert.That(_validator.Validate(batch).Errors, Is.Empty);
    }

    private static IEnumerable<TestCaseData> InvalidBatches()
    {
        yield return Case("missing item list", new(null!), "Give at least one item.");
        yield return Case("no item", new([]), "Give 1 to 1000 items.");
        yield return Case("missing item", new([new([1], UpdateOutcome.Handled, [Ok]), null!]), "An item cannot be missing.");
        yield return Case("update in two items", new([new([1], UpdateOutcome.Handled, [Ok]), new([2, 1], UpdateOutcome.Joined, [])]),
            "Name each update once, in one item only.");
        yield return Case("invalid item", new([new([1], UpdateOutcome.Handled, [Ok with { Text = " " }])]), "A reply cannot be blank.");
    }

    [TestCaseSource(nameof(InvalidBatches))]
    public void Validate_WithInvalidBatch_IsRejected(CompleteUpdateBatchCommand command, string expected)
    {
        Assert.That(_validator.Validate(command).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { expected }));
    }

    private static TestCaseData Case(string name, CompleteUpdateBatchCommand command, string expected) =>
        new TestCaseData(command, expected).SetArgDisplayNames(name);
}
