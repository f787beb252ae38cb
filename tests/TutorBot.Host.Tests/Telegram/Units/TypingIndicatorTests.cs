using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>
/// "typing…" after a second, renewed every 4.5 s. Each step first waits until the indicator has set its next
/// timer, then moves the fake clock, so nothing depends on how fast the machine is.
/// </summary>
public sealed class TypingIndicatorTests
{
    private const long ChatId = 42;
    private static readonly TimeSpan FirstAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RepeatEvery = TimeSpan.FromSeconds(4.5);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private ITelegramBotClient _bot = null!;
    private TimerWatchingTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _bot = Substitute.For<ITelegramBotClient>();
        _time = new TimerWatchingTimeProvider();
    }

    [Test]
    public async Task Start_DisposedWithinTheFirstSecond_SendsNothing()
    {
        var typing = new TypingIndicator(_bot, _time).Start(ChatId, CancellationToken.None);
        await _time.NextTimerAsync();
        _time.Advance(FirstAfter - Tick);

        await typing.DisposeAsync().AsTask().Soon();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(_bot.ReceivedCalls(), Is.Empty);
    }

    [Test]
    public async Task Start_AfterOneSecond_ShowsTypingInThatChat_ThenEvery4Point5Seconds()
    {
        await using var typing = new TypingIndicator(_bot, _time).Start(ChatId, CancellationToken.None);
        await _time.NextTimerAsync();

        _time.Advance(FirstAfter);
        await _time.NextTimerAsync();
        Assert.That(TypingActions(), Is.EqualTo(1));

        _time.Advance(RepeatEvery - Tick);
        Assert.That(TypingActions(), Is.EqualTo(1), "not before 4.5 s");
        _time.Advance(Tick);
        await _time.NextTimerAsync();
        Assert.That(TypingActions(), Is.EqualTo(2));

        _time.Advance(RepeatEvery);
        await _time.NextTimerAsync();
        Assert.That(TypingActions(), Is.EqualTo(3));
    }

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new ApiRequestException("Bad Request: chat not found", 400)).SetName("400 from Telegram");
        yield return new TestCaseData(new ApiRequestException("Too Many Requests: retry after 3", 429)).SetName("429 from Telegram");
        yield return new TestCaseData(new RequestException("Bot API Service Failure", new HttpRequestException("Connection refused")))
            .SetName("no connection");
    }

    [TestCaseSource(nameof(Failures))]
    public async Task Start_WhenShowingTypingFails_IsSwallowed_AndTriedAgainLater(Exception failure)
    {
        _bot.SendRequest(Arg.Any<SendChatActionRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(failure);
        var typing = new TypingIndicator(_bot, _time).Start(ChatId, CancellationToken.None);
        await _time.NextTimerAsync();

        _time.Advance(FirstAfter);
        await _time.NextTimerAsync();
        _time.Advance(RepeatEvery);
        await _time.NextTimerAsync();

        Assert.That(TypingActions(), Is.EqualTo(2));
        await typing.DisposeAsync().AsTask().Soon();
    }

    [Test]
    public async Task Dispose_StopsIt()
    {
        var typing = new TypingIndicator(_bot, _time).Start(ChatId, CancellationToken.None);
        await _time.NextTimerAsync();
        _time.Advance(FirstAfter);
        await _time.NextTimerAsync();

        await typing.DisposeAsync().AsTask().Soon();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(TypingActions(), Is.EqualTo(1));
    }

    [Test]
    public async Task Dispose_WhileShowingTypingHangs_CancelsTheCall()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.SendRequest(Arg.Any<SendChatActionRequest>(), Arg.Any<CancellationToken>())
            .Returns(async call =>
            {
                entered.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, call.Arg<CancellationToken>());
                }
                catch (OperationCanceledException)
                {
                    cancelled.SetResult();
                    throw;
                }

                return true;
            });
        var typing = new TypingIndicator(_bot, _time).Start(ChatId, CancellationToken.None);
        await _time.NextTimerAsync();
        _time.Advance(FirstAfter);
        await entered.Task.Soon();

        await typing.DisposeAsync().AsTask().Soon();

        Assert.That(cancelled.Task.IsCompleted, Is.True);
    }

    [Test]
    public async Task Start_WhenTheUpdatesTokenIsCancelled_Stops()
    {
        using var handling = new CancellationTokenSource();
        var typing = new TypingIndicator(_bot, _time).Start(ChatId, handling.Token);
        await _time.NextTimerAsync();
        _time.Advance(FirstAfter);
        await _time.NextTimerAsync();

        await handling.CancelAsync();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(TypingActions(), Is.EqualTo(1));
        await typing.DisposeAsync().AsTask().Soon();
    }

    private int TypingActions() =>
        _bot.ReceivedCalls().Count(call =>
            call.GetArguments()[0] is SendChatActionRequest { Action: ChatAction.Typing } request && request.ChatId.Identifier == ChatId);
}
