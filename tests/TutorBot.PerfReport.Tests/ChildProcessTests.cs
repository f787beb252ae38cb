namespace TutorBot.PerfReport.Tests;

public class ChildProcessTests
{
    private readonly Progress _progress = new(TextWriter.Null);

    [Test]
    public async Task RunAsync_WhenTheChildSucceeds_ReturnsItsStdoutOnly()
    {
        var output = await ChildProcess.RunAsync("sh", ["-c", "echo out; echo err >&2"], Path.GetTempPath(), _progress, CancellationToken.None);

        Assert.That(output, Is.EqualTo("out\n"));
    }

    [Test]
    public void RunAsync_WhenTheChildFails_ThrowsWithItsExitCodeAndLastLines()
    {
        // All on stderr: the two streams are read on separate threads, so only one stream has a guaranteed order.
        var failure = Assert.ThrowsAsync<ChildProcessFailedException>(() =>
            ChildProcess.RunAsync("sh", ["-c", "for i in $(seq 1 40); do echo line $i >&2; done; echo broken >&2; exit 3"], Path.GetTempPath(), _progress, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.ExitCode, Is.EqualTo(3));
            Assert.That(failure.LastLines, Does.Contain("broken").And.Contain("line 40").And.Not.Contain("line 1"));
            Assert.That(failure.Message, Does.Contain("exited with code 3"));
        }
    }
}
