using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Application.Tutoring.RecordTutorAnswer;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Application.Tests.Functional.Tutoring;

public sealed class RecordTutorAnswerTests : PipelineTest
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero));

    [SetUp]
    public Task StartWithClockAsync() => StartAsync(configure: services => services.AddSingleton<TimeProvider>(_clock));

    [Test]
    public async Task Record_StoresQuestionThenAnswer_AndAddsTheTokensToTheStudentsDay()
    {
        await RegisterAsync(7);

        await SendAsync(new RecordTutorAnswerCommand(7, "What is a ratio, please?", "A ratio compares two amounts.", 120, 30));
        await SendAsync(new RecordTutorAnswerCommand(7, "Can I see an example?", "Like 2 : 3.", 80, 10));
        _clock.Advance(TimeSpan.FromHours(2));
        await SendAsync(new RecordTutorAnswerCommand(7, "And the next day?", "Next day's answer.", 5, 5));

        var context = await SendAsync(new GetContextQuery(7));
        var usage = await UsageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.Messages.Select(m => (m.Role, m.Intent, m.Text)), Is.EqualTo(new[]
            {
                (MessageRole.User, (MessageIntent?)MessageIntent.Question, "What is a ratio, please?"),
                (MessageRole.Assistant, null, "A ratio compares two amounts."),
                (MessageRole.User, MessageIntent.Question, "Can I see an example?"),
                (MessageRole.Assistant, null, "Like 2 : 3."),
                (MessageRole.User, MessageIntent.Question, "And the next day?"),
                (MessageRole.Assistant, null, "Next day's answer."),
            }));
            Assert.That(usage.Select(u => (u.DayUtc.Day, u.InputTokens, u.OutputTokens, u.Answers)), Is.EqualTo(new[] { (1, 200L, 40L, 2), (2, 5L, 5L, 1) }));
        }
    }

    [Test]
    public async Task Record_WithoutTokens_StoresQuestionAndAnswer_AndNoUsage()
    {
        await RegisterAsync(7);

        await SendAsync(new RecordTutorAnswerCommand(7, "What is a percent?", "From the course: a percent is a fraction of 100.", 0, 0));

        Assert.That(await UsageAsync(), Is.Empty);
        Assert.That((await SendAsync(new GetContextQuery(7))).Messages, Has.Count.EqualTo(2));
    }

    [TestCase("What is a percent?", "   ", 10, TestName = "Record_EmptyAnswer_IsRefused_AndChangesNothing")]
    [TestCase("hi", "An answer to a greeting.", 10, TestName = "Record_QuestionTooShortToStore_IsRefused_AndChangesNothing")]
    [TestCase("What is a percent?", "Fine text here.", -1, TestName = "Record_NegativeTokens_IsRefused_AndChangesNothing")]
    public async Task Record_BadInput_IsRefused_AndChangesNothing(string question, string answer, long inputTokens)
    {
        await RegisterAsync(7);

        Assert.That(() => SendAsync(new RecordTutorAnswerCommand(7, question, answer, inputTokens, 10)), Throws.TypeOf<ValidationException>());

        Assert.That(await UsageAsync(), Is.Empty);
        Assert.That((await SendAsync(new GetContextQuery(7))).Messages, Is.Empty, "not even the question when the answer is refused");
    }

    [Test]
    public void Record_ForAnUnknownStudent_IsRefused() =>
        Assert.That(() => SendAsync(new RecordTutorAnswerCommand(99, "Nobody asked this?", "Nobody hears this.", 10, 10)), Throws.TypeOf<NotFoundException>());

    private Task<List<TutorUsage>> UsageAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ITutorBotDbContext>().Usage.AsNoTracking().OrderBy(u => u.DayUtc).ToListAsync());
}
