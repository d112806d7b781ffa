using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// VACUUM: deletes data files that no retained version references. A version is retained when it is the
/// current one or was current at some instant inside the window (now − retention, now]; every file active in
/// a retained version is kept, so time travel to any timestamp in the window still works. A file no version
/// references (a failed writer's leftover) is deleted only once older than the window, since a concurrent
/// writer's not-yet-committed files look exactly like that.
/// </summary>
/// <remarks>
/// As in Spark, names starting with '.' or '_' (other than partition directories <c>col=value</c>) are not
/// data files and are left alone; so is <c>_delta_log</c>, except the temporary files a killed MedSpark writer
/// leaves in a local lake (<c>.medspark-tmp-*</c>, data or log), deleted once older than the window. Vacuum
/// writes no commit.
/// </remarks>
internal sealed class VacuumOperation
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DeltaVacuumOptions _options;

    public VacuumOperation(ILakeStore store, DeltaLog log, DeltaVacuumOptions options)
    {
        _store = store;
        _log = log;
        _options = options;
    }

    public DeltaVacuumResult Run()
    {
        if (double.IsNaN(_options.RetentionHours) || _options.RetentionHours < 0)
            throw new ArgumentException($"RetentionHours must be ≥ 0, not {_options.RetentionHours}.");
        if (_options.RetentionHours < DeltaVacuumOptions.DefaultRetentionHours && !_options.Force)
        {
            throw new DeltaException(
                $"Retention of {_options.RetentionHours} hours is below the safe minimum of {DeltaVacuumOptions.DefaultRetentionHours} hours; "
                + "it could delete files that readers or concurrent writers still use. Set Force to vacuum anyway", _log.TablePath);
        }
        var commits = _log.CommitTimestamps();
        if (commits.Count == 0) throw new DeltaException("Cannot vacuum a table that does not exist", _log.TablePath);
        var now = _options.Clock();
        long cutoff = now.ToUnixTimeMilliseconds() - (long)(_options.RetentionHours * 3_600_000);

        var retained = new HashSet<string>(StringComparer.Ordinal);
        var active = new Dictionary<string, bool>(StringComparer.Ordinal);
        long oldestRetained = commits[^1].Version;
        // The first commit still in the log may follow a checkpoint (older commits cleaned up): start from its snapshot.
        foreach (var file in Snapshot.Load(_log, commits[0].Version)!.Files) active[PartitionPaths.FromLogPath(file.Path)] = true;
        for (int i = 0; i < commits.Count; i++)
        {
            long v = commits[i].Version;
            var actions = i == 0 ? [] : _log.ReadCommit(v) ?? throw new DeltaException("A commit file disappeared while the log was read", _log.TablePath, v, _log.CommitPath(v));
            foreach (var action in actions)
            {
                if (action is AddFile a) active[PartitionPaths.FromLogPath(a.Path)] = true;
                else if (action is RemoveFile r) active.Remove(PartitionPaths.FromLogPath(r.Path));
            }
            bool currentInsideWindow = i == commits.Count - 1 || commits[i + 1].Timestamp > cutoff;
            if (!currentInsideWindow) continue;
            oldestRetained = Math.Min(oldestRetained, v);
            retained.UnionWith(active.Keys);
        }

        string prefix = _log.TablePath.Length == 0 ? "" : _log.TablePath + "/";
        var doomed = new List<string>();
        foreach (var entry in _store.List(prefix))
        {
            string relative = entry.Path[prefix.Length..];
            if (IsHidden(relative) || retained.Contains(relative)) continue;
            if (entry.LastModified.ToUnixTimeMilliseconds() >= cutoff) continue;
            doomed.Add(relative);
        }
        // A killed writer's temporary files (invisible to List, named to be hidden anyway) once older than the window;
        // a live writer's are recent, since it is still writing them.
        if (_store is LocalLakeStore local)
            doomed.AddRange(local.ListTemporary(prefix).Where(e => e.LastModified.ToUnixTimeMilliseconds() < cutoff).Select(e => e.Path[prefix.Length..]));
        doomed.Sort(StringComparer.Ordinal);
        if (!_options.DryRun)
        {
            foreach (var relative in doomed) _store.Delete(prefix + relative);
        }
        return new DeltaVacuumResult(doomed, _options.DryRun, oldestRetained);
    }

    private static bool IsHidden(string relative)
    {
        var segments = relative.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string s = segments[i];
            bool partitionDirectory = i < segments.Length - 1 && s.Contains('=');
            if ((s.StartsWith('_') || s.StartsWith('.')) && !partitionDirectory) return true;
        }
        return false;
    }
}
