using System.Collections;

namespace TutorBot.FakeTelegram;

/// <summary>
/// A thread-safe list that only grows. Slots below the count are never written again, so a snapshot is just
/// (array, count): O(1), however long the history — the load generator reads these while thousands arrive.
/// </summary>
internal sealed class AppendOnlyLog<T>
{
    private readonly Lock _lock = new();
    private T[] _items = new T[64];
    private int _count;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Add(T item)
    {
        lock (_lock)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[_count] = item;
            _count++;
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock)
        {
            return new View(_items, _count);
        }
    }

    private sealed class View(T[] items, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
