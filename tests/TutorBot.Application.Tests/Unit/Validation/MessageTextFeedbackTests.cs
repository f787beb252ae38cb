using TutorBot.Application.Conversations;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Unit.Validation;

public sealed class MessageTextFeedbackTests
{
    private static readonly ConversationLimits Limits = ConversationLimits.Default;

    private static MessageTextProblem[] Problems => [.. Enum.GetValues<MessageTextProblem>().Where(p => p != MessageTextProblem.None)];

    [Test]
    public void Describe_GivesEachProblemItsOwnMessage()
    {
        var messages = Problems.Select(p => MessageTextFeedback.Describe(p, Limits, "text")).ToList();

        Assert.That(messages, Has.All.Not.Empty);
        Assert.That(messages, Is.Unique);
    }

    [Test]
    public void Describe_TooShort_NamesTheMinimum()
    {
        Assert.That(MessageTextFeedback.Describe(MessageTextProblem.TooShort, Limits, "hi"), Does.Contain("10 characters"));
    }

    [Test]
    public void Describe_TooLong_NamesTheLengthAndTheMaximum()
    {
        var message = MessageTextFeedback.Describe(MessageTextProblem.TooLong, Limits, new string('a', 6123));

        Assert.That(message, Does.Contain("6123").And.Contain("5000"));
    }

    [Test]
    public void Describe_None_IsNotAProblem()
    {
        Assert.That(() => MessageTextFeedback.Describe(MessageTextProblem.None, Limits, "fine"), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
