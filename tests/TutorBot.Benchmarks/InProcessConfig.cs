using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TutorBot.Benchmarks;

/// <summary>
/// The suite's job: in-process (no generated project that would inherit the repository's analyzer settings),
/// 5 warm-up and 20 measured iterations unless a benchmark needs another shape.
/// </summary>
internal class InProcessConfig : ManualConfig
{
    public InProcessConfig()
        : this(Job.Default.WithWarmupCount(5).WithIterationCount(20))
    {
    }

    protected InProcessConfig(Job job) => AddJob(job.WithToolchain(InProcessEmitToolchain.Instance));
}
