namespace TutorBot.Host.Telegram.Receiving;

/// <summary>What to do with one incoming message.</summary>
internal enum RateDecision
{
    Handle,

    /// <summary>Over the limit: answer with one polite slow-down reply, do not handle the message.</summary>
    WarnAndSkip,

    /// <summary>Over the limit and already warned: drop the message silently.</summary>
    Skip,
}

/// <summary>
/// Incoming slow-down (<c>Limits:MessagesPerMinute</c>): a student whose handled messages would exceed the limit
/// within any 60-second window is warned once and the excess is skipped until the window has room again.
/// </summary>
/// <remarks>
/// Only handled messages count, so skipped ones never extend the penalty. A new warning comes once the window has
/// emptied (a later burst) or a minute after the last one (a flood that goes on). Time comes in with each call;
/// each student has their own clock that never runs backwards, so a message that arrives slightly out of order
/// counts as arriving with the student's latest one. One lock guards everything: a check is a few dictionary
/// and queue operations, and a single lock keeps forgetting idle students free of races.
/// </remarks>
internal sealed class MessageRateGuard(int messagesPerMinute)
{
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A student idle this long has an empty window, so forgetting them changes nothing; the minute beyond the window
    /// absorbs times that arrive out of order across students.
    /// </summary>
    internal static readonly TimeSpan ForgetAfter = Window + TimeSpan.FromMinutes(1);

    /// <summary>Idle students are looked for every this many checks, which keeps the cost per check constant.</summary>
    internal const int PruneInterval = 10_000;

    private readonly Dictionary<long, StudentWindow> _students = [];
    private readonly Lock _lock = new();
    private int _checksSincePrune;

    /// <summary>How many students are remembered (for tests of the memory bound).</summary>
    internal int TrackedStudents
    {
        get
        {
            lock (_lock)
            {
                return _students.Count;
            }
        }
    }

    public RateDecision Check(long studentId, DateTime receivedAtUtc)
    {
        if (messagesPerMinute <= 0)
        {
            return RateDecision.Handle;
        }

        lock (_lock)
        {
            if (++_checksSincePrune >= PruneInterval)
            {
                _checksSincePrune = 0;
                ForgetIdleStudents(receivedAtUtc);
            }

            if (!_students.TryGetValue(studentId, out var student))
            {
                student = new StudentWindow();
                _students.Add(studentId, student);
            }

            return student.Check(receivedAtUtc, messagesPerMinute);
        }
    }

    private void ForgetIdleStudents(DateTime now)
    {
        foreach (var (studentId, student) in _students)
        {
            if (now - student.LastSeen >= ForgetAfter)
            {
                // Removing the current entry while enumerating is allowed for Dictionary since .NET Core 3.0.
                _students.Remove(studentId);
            }
        }
    }

    private sealed class StudentWindow
    {
        private readonly Queue<DateTime> _handled = new();
        private DateTime? _warnedAt;

        public DateTime LastSeen { get; private set; } = DateTime.MinValue;

        public RateDecision Check(DateTime receivedAt, int limit)
        {
            var now = receivedAt > LastSeen ? receivedAt : LastSeen;
            LastSeen = now;
            while (_handled.Count > 0 && now - _handled.Peek() >= Window)
            {
                _handled.Dequeue();
            }

            if (_handled.Count < limit)
            {
                if (_handled.Count == 0)
                {
                    _warnedAt = null;
                }

                _handled.Enqueue(now);
                return RateDecision.Handle;
            }

            if (_warnedAt is { } warnedAt && now - warnedAt < Window)
            {
                return RateDecision.Skip;
            }

            _warnedAt = now;
            return RateDecision.WarnAndSkip;
        }
    }
}
