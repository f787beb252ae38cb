using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TutorBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
