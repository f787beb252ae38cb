using System.Text;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Bot;
using TutorBot.Host.Telegram.Processing;

namespace TutorBot.Host.Tests.Telegram.Units;

public sealed class OutgoingRepliesTests
{
    private const long ChatId = 42;
    private const int Limit = 4096;

    private static readonly IReadOnlyList<IReadOnlyList<BotButton>> Menu =
    [
        [new BotButton("Lessons", "/lessons"), new BotButton("Progress", "/progress")],
        [new BotButton("Help", "/help")],
    ];

    [Test]
    public void For_ShortPlainReply_IsOneMessageWithItsButtons()
    {
        var messages = OutgoingReplies.For(ChatId, [new BotReply("Welcome! Pick one:", Menu)]);

        Assert.That(messages, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages[0].ChatId, Is.EqualTo(ChatId));
            Assert.That(messages[0].Text, Is.EqualTo("Welcome! Pick one:"));
            Assert.That(messages[0].Format, Is.EqualTo(TextFormat.Plain));
            Assert.That(messages[0].Buttons, Is.EqualTo(new[]
            {
                new[] { new OutboxButton("Lessons", "/lessons"), new OutboxButton("Progress", "/progress") },
                new[] { new OutboxButton("Help", "/help") },
            }));
        }
    }

    [Test]
    public void For_ReplyWithoutButtons_HasNone()
    {
        Assert.That(OutgoingReplies.For(ChatId, [new BotReply("ok")])[0].Buttons, Is.Null);
    }

    [Test]
    public void For_LongPlainReply_IsSplitIntoPartsTelegramAccepts_ButtonsUnderTheLast()
    {
        var text = Paragraphs(9000);

        var messages = OutgoingReplies.For(ChatId, [new BotReply(text, Menu)]);

        Assert.That(messages, Has.Count.EqualTo(3));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages.Select(m => m.Text.Length), Has.All.InRange(1, Limit));
            Assert.That(messages.Select(m => m.Format), Has.All.EqualTo(TextFormat.Plain));
            Assert.That(messages.Select(m => m.ChatId), Has.All.EqualTo(ChatId));
            Assert.That(messages.Take(2).Select(m => m.Buttons), Has.All.Null);
            Assert.That(messages[2].Buttons, Has.Count.EqualTo(2));
            Assert.That(WithoutWhitespace(string.Concat(messages.Select(m => m.Text))), Is.EqualTo(WithoutWhitespace(text)), "nothing lost");
        }
    }

    [Test]
    public void For_HtmlReply_IsKeptAsHtml()
    {
        const string html = "<b>Lesson 2</b>: primes &amp; composites";

        var messages = OutgoingReplies.For(ChatId, [new BotReply(html, Menu, IsHtml: true)]);

        Assert.That(messages, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages[0].Text, Is.EqualTo(html));
            Assert.That(messages[0].Format, Is.EqualTo(TextFormat.Html));
            Assert.That(messages[0].Buttons, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void For_HtmlReplyWhoseMarkupOnlyMakesItLong_IsKeptAsHtml()
    {
        // What counts is the text the student sees: 2400 characters, written in 7200 characters of markup.
        var html = string.Concat(Enumerable.Repeat("<b>x</b>ab&amp;de", 400));

        var messages = OutgoingReplies.For(ChatId, [new BotReply(html, IsHtml: true)]);

        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(messages[0].Format, Is.EqualTo(TextFormat.Html));
    }

    [Test]
    public void For_HtmlReplyLongerThanTelegramAllows_BecomesPlainParts()
    {
        var html = "<b>Summary</b>\n\n" + string.Concat(Enumerable.Repeat("<i>x</i> &lt; y &amp;&amp; z &gt; 0.\n", 500));

        var messages = OutgoingReplies.For(ChatId, [new BotReply(html, Menu, IsHtml: true)]);

        Assert.That(messages, Has.Count.GreaterThan(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages.Select(m => m.Format), Has.All.EqualTo(TextFormat.Plain));
            Assert.That(messages.Select(m => m.Text.Length), Has.All.InRange(1, Limit));
            var all = string.Concat(messages.Select(m => m.Text));
            Assert.That(all, Does.StartWith("Summary"));
            Assert.That(all.Split("x < y && z > 0.").Length - 1, Is.EqualTo(500), "every line, entities decoded");
            Assert.That(all, Does.Not.Contain("<i>"));
            Assert.That(all, Does.Not.Contain("&lt;"));
            Assert.That(all, Does.Not.Contain("&amp;"));
            Assert.That(messages[^1].Buttons, Has.Count.EqualTo(2));
            Assert.That(messages.SkipLast(1).Select(m => m.Buttons), Has.All.Null);
        }
    }

    [Test]
    public void For_SeveralReplies_KeepTheirOrder()
    {
        var longOne = Paragraphs(5000);

        var messages = OutgoingReplies.For(ChatId, [new BotReply("first"), new BotReply(longOne, Menu), new BotReply("<i>last</i>", IsHtml: true)]);

        Assert.That(messages, Has.Count.EqualTo(4));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages[0].Text, Is.EqualTo("first"));
            Assert.That(longOne, Does.StartWith(messages[1].Text));
            Assert.That(longOne, Does.EndWith(messages[2].Text));
            Assert.That(messages[2].Buttons, Is.Not.Null);
            Assert.That(messages[3].Text, Is.EqualTo("<i>last</i>"));
            Assert.That(messages[3].Format, Is.EqualTo(TextFormat.Html));
        }
    }

    [Test]
    public void For_NoReplies_IsNoMessage()
    {
        Assert.That(OutgoingReplies.For(ChatId, []), Is.Empty);
    }

    /// <summary>Paragraphs of about 300 characters up to <paramref name="length"/>, numbered so a lost one would show.</summary>
    private static string Paragraphs(int length)
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < length; i++)
        {
            text.Append(i).Append(". ").Append(string.Join(' ', Enumerable.Repeat("words", 58))).Append("\n\n");
        }

        return text.ToString(0, length).TrimEnd();
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
