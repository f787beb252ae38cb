using MediatR;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations.AddMessage;

/// <summary>
/// Appends a message to a student's conversation, stored exactly as given, and trims the conversation to
/// <c>Limits:MaxMessagesPerStudent</c> in the same transaction.
/// </summary>
public sealed record AddMessageCommand(long StudentId, MessageRole Role, MessageIntent? Intent, string Text)
    : ICommand<AddMessageResult>
{
    public static AddMessageCommand FromStudent(long studentId, string text, MessageIntent intent = MessageIntent.Chat) =>
        new(studentId, MessageRole.User, intent, text);

    public static AddMessageCommand FromTutor(long studentId, string text) =>
        new(studentId, MessageRole.Assistant, null, text);

    /// <summary>Free-form dialogue must meet the minimum length; exercise answers and the tutor's words need not.</summary>
    public bool IsFreeFormDialogue => Role == MessageRole.User && Intent is MessageIntent.Chat or MessageIntent.Question;
}

/// <param name="ContextSize">How many messages the conversation holds after this one was added.</param>
public sealed record AddMessageResult(long MessageId, long Sequence, int ContextSize);

internal sealed class AddMessageCommandHandler(ConversationWriter writer) : IRequestHandler<AddMessageCommand, AddMessageResult>
{
    public Task<AddMessageResult> Handle(AddMessageCommand request, CancellationToken cancellationToken) =>
        writer.AppendAsync(request.StudentId, [new NewMessage(request.Role, request.Intent, request.Text)], cancellationToken);
}
