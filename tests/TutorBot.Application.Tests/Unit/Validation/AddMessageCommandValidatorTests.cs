using TutorBot.Application.Conversations;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Unit.Validation;

public sealed class AddMessageCommandValidatorTests
{
    private static readonly ConversationLimits Limits = ConversationLimits.Default;
    private readonly AddMessageCommandValidator _validator = new(Limits);

    private static IEnumerable<TestCaseData> RefusedTexts()
    {
        yield return Case(AddMessageCommand.FromStudent(1, string.Empty), MessageTextProblem.Empty, "empty chat");
        yield return Case(AddMessageCommand.FromStudent(1, " \n ", MessageIntent.Answer), MessageTextProblem.Empty, "blank answer");
        yield return Case(AddMessageCommand.FromTutor(1, "   "), MessageTextProblem.Empty, "blank tutor reply");
        yield return Case(AddMessageCommand.FromStudent(1, "too short"), MessageTextProblem.TooShort, "short chat");
        yield return Case(AddMessageCommand.FromStudent(1, "  why?  ", MessageIntent.Question), MessageTextProblem.TooShort, "short question");
        yield return Case(AddMessageCommand.FromStudent(1, new string('a', 5001)), MessageTextProblem.TooLong, "long chat");
        yield return Case(AddMessageCommand.FromStudent(1, new string('4', 5001), MessageIntent.Answer), MessageTextProblem.TooLong, "long answer");
        yield return Case(AddMessageCommand.FromTutor(1, new string('a', 5001)), MessageTextProblem.TooLong, "long tutor reply");
        yield return Case(AddMessageCommand.FromStudent(1, "hello\0world, tutor"), MessageTextProblem.ControlCharacters, "NUL in chat");
        yield return Case(AddMessageCommand.FromStudent(1, "4\r", MessageIntent.Answer), MessageTextProblem.ControlCharacters, "CR in answer");
        yield return Case(AddMessageCommand.FromStudent(1, "broken \uD83D character"), MessageTextProblem.InvalidUnicode, "lone surrogate");
    }

    private static IEnumerable<TestCaseData> AcceptedCommands()
    {
        yield return new TestCaseData(AddMessageCommand.FromStudent(1, "1234567890")).SetArgDisplayNames("chat of minimum length");
        yield return new TestCaseData(AddMessageCommand.FromStudent(1, "4", MessageIntent.Answer)).SetArgDisplayNames("one-character answer");
        yield return new TestCaseData(AddMessageCommand.FromTutor(1, "Yes!")).SetArgDisplayNames("short tutor reply");
        yield return new TestCaseData(AddMessageCommand.FromStudent(1, "Почему небо голубое? 🤔\nمرحبا")).SetArgDisplayNames("mixed scripts and emoji");
        yield return new TestCaseData(AddMessageCommand.FromStudent(1, new string('a', 5000), MessageIntent.Question)).SetArgDisplayNames("question of maximum length");
    }

    [TestCaseSource(nameof(RefusedTexts))]
    public void Validate_WhenTextCannotBeStored_GivesTheFriendlyMessageUnderText(AddMessageCommand command, MessageTextProblem problem)
    {
        var result = _validator.Validate(command);

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo(nameof(AddMessageCommand.Text)));
            Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo(MessageTextFeedback.Describe(problem, Limits, command.Text)));
        }
    }

    [TestCaseSource(nameof(AcceptedCommands))]
    public void Validate_WhenTextCanBeStored_Passes(AddMessageCommand command)
    {
        var result = _validator.Validate(command);

        Assert.That(result.Errors, Is.Empty);
    }

    private static IEnumerable<TestCaseData> InconsistentAuthors()
    {
        yield return new TestCaseData(new AddMessageCommand(1, MessageRole.User, null, "hello there, tutor"), "Intent").SetArgDisplayNames("student without intent");
        yield return new TestCaseData(new AddMessageCommand(1, MessageRole.Assistant, MessageIntent.Chat, "hello there"), "Intent").SetArgDisplayNames("tutor with intent");
        yield return new TestCaseData(new AddMessageCommand(1, (MessageRole)7, null, "hello there"), "Role").SetArgDisplayNames("unknown role");
        yield return new TestCaseData(new AddMessageCommand(1, MessageRole.User, (MessageIntent)9, "hello there, tutor"), "Intent").SetArgDisplayNames("unknown intent");
    }

    [TestCaseSource(nameof(InconsistentAuthors))]
    public void Validate_WhenRoleAndIntentDoNotFit_IsRefused(AddMessageCommand command, string property)
    {
        var result = _validator.Validate(command);

        Assert.That(result.Errors.Select(e => e.PropertyName), Does.Contain(property));
    }

    [Test]
    public void Validate_UsesTheConfiguredLimits()
    {
        var limits = new ConversationLimits(3, 20, 5);
        var validator = new AddMessageCommandValidator(limits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(validator.Validate(AddMessageCommand.FromStudent(1, "hey")).IsValid, Is.True);
            Assert.That(validator.Validate(AddMessageCommand.FromStudent(1, "hi")).Errors.Select(e => e.ErrorMessage),
                Is.EqualTo(new[] { MessageTextFeedback.Describe(MessageTextProblem.TooShort, limits, "hi") }));
            Assert.That(validator.Validate(AddMessageCommand.FromTutor(1, new string('a', 21))).Errors.Select(e => e.ErrorMessage),
                Has.One.Contains("20 characters"));
        }
    }

    private static TestCaseData Case(AddMessageCommand command, MessageTextProblem problem, string description) =>
        new TestCaseData(command, problem).SetArgDisplayNames(description);
}
