using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tutoring.AskTutor;

internal sealed partial class AskTutorQueryHandler(
    IMediator mediator,
    ITutorBotDbContext db,
    IChatClient model,
    [FromKeyedServices(TutorModels.Offline)] IChatClient offline,
    IOptions<AiOptions> ai,
    ConversationLimits limits,
    Course course,
    TimeProvider clock,
    ILogger<AskTutorQueryHandler> logger) : IRequestHandler<AskTutorQuery, TutorAnswerDto>
{
    public const string UnavailableNote = "(The AI tutor is not answering right now, so the offline tutor answers instead.)";

    public const string QuotaNote = "(You have used today's allowance of AI answers; until midnight UTC the offline tutor answers.)";

    public async Task<TutorAnswerDto> Handle(AskTutorQuery request, CancellationToken cancellationToken)
    {
        // The offline tutor answers the question from the course alone and never reads the conversation: reading it
        // for that tutor would cost a query and a copy of every stored message, for every question.
        var context = ai.Value.Provider == AiProvider.Offline ? [] : await ContextOfAsync(request.StudentId, cancellationToken);
        var focus = request.Focus ?? TutorFocus.Of(course, await db.FindOpenAttemptAsync(request.StudentId, tracked: false, cancellationToken));
        var messages = TutorPrompt.Build(focus, context, request.Question, ai.Value.ContextBudget);
        // Nothing in AdditionalProperties: the OpenAI client sends them as request fields, which servers may refuse.
        // The response cache keys on the instructions' text, so changed instructions never reuse old answers.
        var options = new ChatOptions { ModelId = ai.Value.Model, Temperature = 0.3f };
        var offlineOptions = new ChatOptions { AdditionalProperties = [] };
        if (focus.Lesson is { } lesson && focus.Exercise is { } exercise)
        {
            offlineOptions.AdditionalProperties[TutorModels.HiddenExercise] = $"{lesson.Id}/{exercise.Id}";
        }

        if (ai.Value.Provider == AiProvider.Offline)
        {
            return await OfflineAsync(messages, offlineOptions, note: null, cancellationToken);
        }

        if (db.Context.Database.CurrentTransaction is not null)
        {
            // The guarantee "no transaction open while waiting on the network" is kept here, whoever calls.
            LogInTransaction(logger, request.StudentId);
            return await OfflineAsync(messages, offlineOptions, UnavailableNote, cancellationToken);
        }

        if (await QuotaUsedUpAsync(request.StudentId, cancellationToken))
        {
            return await OfflineAsync(messages, offlineOptions, QuotaNote, cancellationToken);
        }

        try
        {
            var response = await model.GetResponseAsync(messages, options, cancellationToken);
            if (string.IsNullOrWhiteSpace(response.Text))
            {
                throw new InvalidDataException("The model's answer was empty.");
            }

            return new TutorAnswerDto(
                TutorAnswerText.Fit(response.Text, limits.MaxMessageLength), TutorSource.Model,
                response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Timeouts, 429s and 5xx after the retries, an open circuit, garbage: the student still gets an answer.
            LogModelFailed(logger, request.StudentId, e.GetType().Name, e.Message);
            return await OfflineAsync(messages, offlineOptions, UnavailableNote, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ContextMessageDto>> ContextOfAsync(long studentId, CancellationToken cancellationToken)
    {
        try
        {
            return (await mediator.Send(new GetContextQuery(studentId), cancellationToken)).Messages;
        }
        catch (NotFoundException)
        {
            // The router asks before it registers a new student, so that the model is never waited on inside a transaction.
            return [];
        }
    }

    private async Task<bool> QuotaUsedUpAsync(long studentId, CancellationToken cancellationToken)
    {
        if (ai.Value.DailyTokenQuota == 0)
        {
            return false;
        }

        var today = clock.GetUtcNow().UtcDateTime.Date;
        var used = await db.Usage.AsNoTracking()
            .Where(u => u.StudentId == studentId && u.DayUtc == today)
            .Select(u => u.InputTokens + u.OutputTokens)
            .FirstOrDefaultAsync(cancellationToken);
        return used >= ai.Value.DailyTokenQuota;
    }

    private async Task<TutorAnswerDto> OfflineAsync(IReadOnlyList<ChatMessage> messages, ChatOptions options, string? note, CancellationToken cancellationToken)
    {
        var response = await offline.GetResponseAsync(messages, options, cancellationToken);
        var text = note is null ? response.Text : $"{note}\n\n{response.Text}";
        return new TutorAnswerDto(TutorAnswerText.Fit(text, limits.MaxMessageLength), TutorSource.Offline, 0, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tutor model failed for student {StudentId} ({ErrorType}: {Error}); the offline tutor answered")]
    private static partial void LogModelFailed(ILogger logger, long studentId, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tutor was asked inside a transaction for student {StudentId}; the offline tutor answered instead of the model")]
    private static partial void LogInTransaction(ILogger logger, long studentId);
}
