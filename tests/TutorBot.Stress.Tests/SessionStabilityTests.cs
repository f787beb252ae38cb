using System.Text;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Host.Bot;
using TutorBot.Stress.Tests.Support;

namespace TutorBot.Stress.Tests;

/// <summary>The old bot's session-stability scenarios, at ten times their size; conversations go through the router.</summary>
[Category("Stress")]
public sealed class SessionStabilityTests : StressTest
{
    private const string Apology = "Sorry, something went wrong";

    [Test]
    public async Task SessionStability_TenTurnConversation()
    {
        const long student = 10;
        var turns = StressScale.Of(100);
        await StartAsync();

        var replies = new List<BotReply>();
        for (var n = 1; n <= turns; n++)
        {
            replies.Add((await SayAsync(student, ChatText(student, n))).Single());
        }

        // The last Limits:MaxMessagesPerStudent (50) messages are kept: whole turns, the most recent ones.
        var kept = Math.Min(turns, 25);
        var expected = Enumerable.Range(turns - kept + 1, kept).SelectMany(n => new[] { $"question: {ChatText(student, n)}", "answer" });
        var rows = Database.Messages(student);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Conversation(student), Is.EqualTo(expected));
            Assert.That(rows.Where(r => r.Role == "assistant").Select(r => r.Text), Is.EqualTo(replies.TakeLast(kept).Select(r => r.Text)));
            Assert.That(rows.Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(2 * (turns - kept) + 1, 2 * kept).Select(s => (long)s)));
            Assert.That(Database.LastMessageSequence(student), Is.EqualTo(2 * turns));
        }
    }

    [Test]
    public async Task SessionStability_EightUsersEightMessages_AreIsolated()
    {
        const int messages = 8;
        var users = StressScale.Of(80);
        await StartAsync();

        var replies = await Task.WhenAll(Students(users).Select(user => Task.Run(async () =>
        {
            var texts = new List<string>();
            for (var n = 1; n <= messages; n++)
            {
                texts.Add((await SayAsync(user, ChatText(user, n))).Single().Text);
            }

            return (User: user, Texts: texts);
        })));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (user, texts) in replies)
            {
                var rows = Database.Messages(user);
                Assert.That(Database.Conversation(user),
                    Is.EqualTo(Enumerable.Range(1, messages).SelectMany(n => new[] { $"question: {ChatText(user, n)}", "answer" })), $"user {user}");
                Assert.That(rows.Where(r => r.Role == "assistant").Select(r => r.Text), Is.EqualTo(texts), $"user {user}: the answers sent");
            }

            Assert.That(Database.MessageCount(), Is.EqualTo(2 * messages * users));
        }
    }

    [Test]
    public async Task SessionStability_UnicodeAndSpecialCharacters_ArePreserved()
    {
        var rounds = StressScale.Of(10);
        await StartAsync();

        foreach (var student in Students(rounds))
        {
            foreach (var text in TrickyTexts)
            {
                await SayAsync(student, text);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            foreach (var student in Students(rounds))
            {
                var questions = Database.Messages(student).Where(r => r.Role == "user").ToList();
                Assert.That(questions.Select(r => r.TextUtf8), Is.EqualTo(TrickyTexts.Select(Encoding.UTF8.GetBytes)), $"student {student}: bytes on disk");
                Assert.That((await SendAsync(new GetContextQuery(student))).Messages.Where(m => m.Intent is not null).Select(m => m.Text),
                    Is.EqualTo(TrickyTexts), $"student {student}: as read back");
            }
        }
    }

    [Test]
    public async Task SessionStability_CacheSurvivesHundredPlusAccesses()
    {
        const long student = 3;
        const int writeEvery = 100;
        var accesses = StressScale.Of(1000);
        await StartAsync();
        await RegisterAsync([student]);
        var written = 0;
        while (written < 20)
        {
            await AddChatAsync(student, ++written);
        }

        var writes = 0;
        var wrong = 0;
        for (var i = 0; i < accesses; i++)
        {
            if (i % writeEvery == writeEvery / 2)
            {
                await AddChatAsync(student, ++written);
                writes++;
            }

            var texts = (await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text);
            if (!texts.SequenceEqual(Enumerable.Range(1, written).Select(n => ChatText(student, n))))
            {
                wrong++;
            }
        }

        // Sequential: the first read and the first read after each write miss; every other read hits.
        var figures = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Zero, "reads that differ from what was written");
            Assert.That(figures.Misses, Is.EqualTo(1 + writes));
            Assert.That(figures.Hits, Is.EqualTo(accesses - 1 - writes));
            Assert.That(figures.HitRate, Is.GreaterThanOrEqualTo(0.95));
        }
    }

    [Test]
    public async Task SessionStability_ThreeConcurrentBatchWriters()
    {
        const long student = 30;
        const int batch = 20;
        var writers = StressScale.Of(30);
        await StartAsync("Limits:MaxMessagesPerStudent=100000");
        await RegisterAsync([student]);

        await Task.WhenAll(Enumerable.Range(1, writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 1; n <= batch; n++)
            {
                await SendAsync(AddMessageCommand.FromStudent(student, BatchText(writer, n)));
            }
        })));

        var rows = Database.Messages(student);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(1, writers * batch).Select(s => (long)s)), "one gap-free sequence");
            foreach (var writer in Enumerable.Range(1, writers))
            {
                Assert.That(rows.Select(r => r.Text).Where(t => t.StartsWith($"Batch writer {writer} ", StringComparison.Ordinal)),
                    Is.EqualTo(Enumerable.Range(1, batch).Select(n => BatchText(writer, n))), $"writer {writer}: each once, in its order");
            }

            Assert.That((await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text), Is.EqualTo(rows.Select(r => r.Text)));
        }
    }

    [Test]
    public async Task SessionStability_RecoversAfterAnInvalidMessage()
    {
        var students = StressScale.Of(10);
        await StartAsync();
        (string Text, string Reply)[] invalid =
        [
            ("short", "at least 10 characters"),
            ("bad \u0001 control character", "control characters"),
            ("   ", "empty"),
            (new string('x', 5001), "too long"),
            ("broken \uD800 surrogate text", "invalid Unicode"),
        ];

        var outcomes = new List<(long Student, IReadOnlyList<BotReply> Refusal, string ExpectedReply, BotReply After)>();
        foreach (var student in Students(students))
        {
            var (text, reply) = invalid[(int)(student % invalid.Length)];
            await SayAsync(student, ChatText(student, 1));
            var refusal = await SayAsync(student, text);
            var after = (await SayAsync(student, ChatText(student, 2))).Single();
            outcomes.Add((student, refusal, reply, after));
        }

        using (Assert.EnterMultipleScope())
        {
            foreach (var (student, refusal, expectedReply, after) in outcomes)
            {
                Assert.That(refusal.Single().Text, Does.Contain(expectedReply).And.Not.Contain(Apology), $"student {student}");
                Assert.That(Database.Conversation(student),
                    Is.EqualTo(new[] { $"question: {ChatText(student, 1)}", "answer", $"question: {ChatText(student, 2)}", "answer" }), $"student {student}");
                Assert.That(Database.Messages(student)[^1].Text, Is.EqualTo(after.Text), $"student {student}: answered after the refusal");
            }
        }
    }

    [Test]
    public async Task SessionStability_CacheWorksAfterEviction()
    {
        var students = StressScale.Of(500);
        var capacity = Math.Max(3, students / 10);
        await StartAsync(Setting("Cache:MaxEntries", capacity));
        await RegisterAsync(Students(students));
        foreach (var student in Students(students))
        {
            await AddChatAsync(student, 1);
        }

        // Two passes over more students than the cache holds: the second pass finds most entries evicted.
        var wrong = 0;
        foreach (var pass in new[] { 1, 2 })
        {
            foreach (var student in Students(students))
            {
                if ((await SendAsync(new GetContextQuery(student))).Messages.Single().Text != ChatText(student, 1))
                {
                    wrong++;
                }
            }
        }

        var afterPasses = CacheFigures(ContextCacheName);
        const long last = 1;
        await AddChatAsync(last, 2);
        var fresh = await SendAsync(new GetContextQuery(last));
        var again = await SendAsync(new GetContextQuery(last));
        var final = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Zero);
            Assert.That(afterPasses.Size, Is.LessThanOrEqualTo(capacity));
            Assert.That(afterPasses.Evictions, Is.GreaterThanOrEqualTo(students - capacity));
            Assert.That(fresh.Messages.Select(m => m.Text), Is.EqualTo(new[] { ChatText(last, 1), ChatText(last, 2) }));
            Assert.That(again, Is.SameAs(fresh), "the entry stored after the eviction serves the next read");
            Assert.That(final.Hits, Is.EqualTo(afterPasses.Hits + 1));
            Assert.That(final.Misses, Is.EqualTo(afterPasses.Misses + 1));
        }
    }

    [Test]
    public async Task SessionStability_EighteenPlusTurnConversation()
    {
        const long student = 18;
        var turns = StressScale.Of(180);
        await StartAsync(Setting("Limits:MaxMessagesPerStudent", 2 * turns));

        var replies = new List<string>();
        for (var n = 1; n <= turns; n++)
        {
            replies.Add((await SayAsync(student, ChatText(student, n))).Single().Text);
        }

        var expected = Enumerable.Range(1, turns).SelectMany(n => new[] { $"question: {ChatText(student, n)}", "answer" }).ToList();
        var recent = await SendAsync(new GetContextQuery(student, Limit: 10));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Conversation(student), Is.EqualTo(expected), "every turn kept, in order");
            Assert.That(Database.Messages(student).Where(r => r.Role == "assistant").Select(r => r.Text), Is.EqualTo(replies));
            Assert.That(recent.Messages.Select(m => m.Sequence), Is.EqualTo(Enumerable.Range(2 * turns - 9, Math.Min(10, 2 * turns)).Select(s => (long)s)));
        }
    }

    private static readonly string[] TrickyTexts =
    [
        "Emoji: 👩‍👩‍👧‍👦 family, 🧮 abacus, 👍🏽 thumbs",
        "CJK: 你好，我想学习分数的加法。日本語のテキスト、한국어 텍스트",
        "RTL: مرحبا، أريد أن أتعلم الكسور — שלום, אני רוצה ללמוד שברים",
        "Combining marks: e\u0301 cafe\u0301 nai\u0308ve Zoe\u0308 Z\u0351\u0363a\u0364l\u0365g\u0366o\u0367",
        "Lines:\nfirst line\n\nthird line\n\ttabbed line",
        "SQL: '; DROP TABLE \"Students\"; -- and \" OR 1=1",
        "HTML: <b>bold</b> &amp; <script>alert('x')</script>",
        "Maths: ½ + ¼ = ¾, ∑ √∞ ≠ ∫ x² dx, 3 × 4 ÷ 2",
        "Direction override \u202Edesrever\u202C and zero\u200Bwidth\u200Djoiner",
        "Astral: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕞𝕒𝕥𝕙 𓀀 🀄",
        "   padded on both sides, kept as sent   ",
    ];

    private static string BatchText(int writer, int number) => $"Batch writer {writer} sends item {number}.";
}
