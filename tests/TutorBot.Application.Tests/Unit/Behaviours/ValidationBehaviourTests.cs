using FluentValidation;
using TutorBot.Application.Common.Behaviours;
using ValidationException = TutorBot.Application.Common.Exceptions.ValidationException;

namespace TutorBot.Application.Tests.Unit.Behaviours;

public sealed class ValidationBehaviourTests
{
    private int _nextCalls;

    [SetUp]
    public void ResetCalls() => _nextCalls = 0;

    private Task<string> Next()
    {
        _nextCalls++;
        return Task.FromResult("handled");
    }

    [Test]
    public async Task Handle_WithoutValidators_CallsNext()
    {
        var behaviour = new ValidationBehaviour<TestCommand, string>([]);

        var response = await behaviour.Handle(new TestCommand(), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
        Assert.That(_nextCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_WhenEveryValidatorPasses_CallsNextOnce()
    {
        var first = new InlineValidator<TestCommand>();
        first.RuleFor(c => c.Text).NotEmpty();
        var second = new InlineValidator<TestCommand>();
        second.RuleFor(c => c.Number).GreaterThan(0);
        var behaviour = new ValidationBehaviour<TestCommand, string>([first, second]);

        var response = await behaviour.Handle(new TestCommand("text", 1), CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
        Assert.That(_nextCalls, Is.EqualTo(1));
    }

    [Test]
    public void Handle_WhenValidatorsFail_GroupsMessagesPerPropertyAndDoesNotCallNext()
    {
        var first = new InlineValidator<TestCommand>();
        first.RuleFor(c => c.Text).Must(_ => false).WithMessage("Text is wrong.");
        first.RuleFor(c => c.Number).Must(_ => false).WithMessage("Number is wrong.");
        var second = new InlineValidator<TestCommand>();
        second.RuleFor(c => c.Text).Must(_ => false).WithMessage("Text is also wrong.");
        // The same message from two validators is shown once.
        second.RuleFor(c => c.Text).Must(_ => false).WithMessage("Text is wrong.");
        var behaviour = new ValidationBehaviour<TestCommand, string>([first, second]);

        var exception = Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(new TestCommand("x", 1), CancellationToken.None, Next));

        Assert.That(exception.Errors, Is.EquivalentTo(new Dictionary<string, string[]>
        {
            ["Text"] = ["Text is wrong.", "Text is also wrong."],
            ["Number"] = ["Number is wrong."],
        }));
        Assert.That(exception.Message, Does.Contain("Text is also wrong.").And.Contain("Number is wrong."));
        Assert.That(_nextCalls, Is.Zero);
    }

    [Test]
    public void Handle_WhenOnlyOneOfSeveralValidatorsFails_DoesNotCallNext()
    {
        var passing = new InlineValidator<TestCommand>();
        passing.RuleFor(c => c.Number).GreaterThanOrEqualTo(0);
        var failing = new InlineValidator<TestCommand>();
        failing.RuleFor(c => c.Text).NotEmpty().WithMessage("Say something.");
        var behaviour = new ValidationBehaviour<TestCommand, string>([passing, failing]);

        var exception = Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(new TestCommand(string.Empty), CancellationToken.None, Next));

        Assert.That(exception.Errors.Keys, Is.EqualTo(new[] { "Text" }));
        Assert.That(_nextCalls, Is.Zero);
    }
}
