import { NO_DUMP_ADVICE } from '../core/gazetteer/gazetteer-summary.ts';
import type { ArticleInput, Span } from '../core/types.ts';
import type {
  ClaimReview,
  ReviewStatus,
  Workspace,
  WorkspaceCorrection,
} from '../core/io/workspace-file.ts';
import type { AppState, AppStore } from '../store/app-store.ts';
import { prebuildClaimRows, type ClaimRow } from '../store/claim-rows.ts';
import { derivationSteps, selectClaimRows, selectSelectedRow } from '../store/selectors.ts';
import { CancelledError, type AnalysisClient } from '../worker/analysis-client.ts';
import type {
  AddedFile,
  ArticleResult,
  BasemapUrls,
  JobOutcome,
  JobProgress,
  PageArticle,
  PlaceMatch,
  WorkspaceDelta,
  WorkspaceSnapshot,
} from '../worker/protocol.ts';
import {
  deltaPatch,
  snapshotPatch,
  withPatch,
  type ActiveJob,
  type AnalysisPatch,
} from '../store/slices/analysis-slice.ts';
import { formatCount, formatSize } from './format.ts';
import { nextTask } from './next-task.ts';
import { mentionCountOf } from '../worker/message-parts.ts';

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Everything the user does to the workspace, from the main thread: each action asks the
 * worker (which analyses and stores), then puts the answer into the store and tells the user
 * what happened. Components call these; they never talk to the worker themselves.
 */
export class WorkspaceController {
  private abort: AbortController | null = null;

  constructor(
    private readonly client: AnalysisClient,
    private readonly store: AppStore,
    private readonly samples: () => ArticleInput[],
  ) {
    client.onNotice = (message) => store.getState().notify('warning', message);
  }

  /**
   * Loads the data in the worker, opens the stored workspace (or the samples on a first
   * visit), then asks for the basemap: the claims are what a person waits for, so they come
   * first.
   *
   * @returns the basemap URLs (rejects when the data could not be loaded)
   */
  start(dataUrl: string): Promise<BasemapUrls> {
    const { store, client } = this;
    store.getState().analysisLoading();
    const init = client.init(dataUrl);
    const opened = init.then(async ({ loadMs, gazetteer }) => {
      store.getState().analysisStarted(0, loadMs, gazetteer);
      // Said once per start: without the Ukraine dump, villages fall back to their region.
      if (!gazetteer.countryDumps.includes('UA'))
        store.getState().notify('warning', NO_DUMP_ADVICE);
      const { snapshot, storage, storageProblem } = await client.open(this.samples(), {
        onProgress: (p) => store.getState().analysisProgress(p.doneArticles, p.totalArticles),
      });
      await this.commit((s) => snapshotPatch(s, snapshot, storage));
      if (storageProblem) store.getState().notify('warning', storageProblem);
    });
    opened.catch((error: unknown) => store.getState().analysisFailed(errorText(error)));
    // The basemap only needs the data files, so it is drawn even when the analysis fails.
    return init.then(() =>
      opened.then(
        () => client.basemap(),
        () => client.basemap(),
      ),
    );
  }

  /** Whether a job (adding, importing, resetting) is running. */
  get busy(): boolean {
    return this.store.getState().analysis.job !== null;
  }

  /** Stops the running job; for `add`, what was analysed before is kept. */
  cancel(): void {
    this.abort?.abort();
  }

  /**
   * Adds and analyses articles and the articles of files (read in the worker; their bytes
   * are transferred) in the worker, with progress and a cancel; then the cross-article checks
   * run again over everything loaded.
   */
  async add(
    articles: ArticleInput[],
    label: string,
    files: AddedFile[] = [],
  ): Promise<JobOutcome | null> {
    const { store } = this;
    if (articles.length === 0 && files.length === 0) return null;
    const had = new Set(Object.keys(store.getState().articles.byId));
    // The job lasts until the store has the result: the progress bar goes when the list is new.
    const outcome = await this.runJob(
      { kind: 'add', label, cancellable: true },
      async (options) => {
        const result = await this.client.add(articles, files, options);
        await this.apply(result.delta);
        return result;
      },
    );
    if (!outcome) return null;
    // The delta also brings articles of the workspace whose cross-article claims changed.
    const added = outcome.delta.upserted.filter((u) => !had.has(u.article.id));
    let claims = 0;
    let mismatches = 0;
    for (const u of added) {
      for (const c of [...u.result.analysis.claims, ...(outcome.delta.cross[u.article.id] ?? [])]) {
        claims++;
        if (c.verdict === 'mismatch') mismatches++;
      }
    }
    const summary = `${formatCount(added.length, 'article')} added: ${formatCount(claims, 'claim')}, ${formatCount(mismatches, 'mismatch', 'mismatches')}.`;
    if (outcome.cancelled) {
      const details = outcome.truncated.map(
        (t) =>
          `“${t.id}” was cut short: the first ${formatSize(t.keptChars)} of ${formatSize(t.totalChars)} were analysed and kept.`,
      );
      if (outcome.skipped > 0)
        details.push(`${formatCount(outcome.skipped, 'article')} not analysed, not added.`);
      store
        .getState()
        .notify(
          'warning',
          `Analysis cancelled. What was analysed before is kept: ${summary}`,
          details,
        );
    } else if (added.length > 0 || !outcome.duplicates?.length) {
      store.getState().notify('info', summary);
    }
    const duplicates = outcome.duplicates ?? [];
    if (duplicates.length > 0) {
      store.getState().notify(
        'warning',
        `${formatCount(duplicates.length, 'article')} already in the workspace, not added again.`,
        duplicates
          .slice(0, 20)
          .map((d) => `“${d.title || d.id}” has the same text as ${d.sameAs}.`),
      );
    }
    const empty = added.filter((u) => mentionCountOf(u.result) === 0);
    if (empty.length > 0) {
      store.getState().notify(
        'warning',
        `${formatCount(empty.length, 'article')} with no place names: nothing to check on the map.`,
        empty
          .slice(0, 20)
          .map(
            (u) =>
              `“${u.result.analysis.title || u.article.id}” (${u.article.id}): no place names found.`,
          ),
      );
    }
    return outcome;
  }

  /** Sets a mention's place (another candidate, a gazetteer place, or null: not a place). */
  correct(articleId: string, correction: WorkspaceCorrection): Promise<boolean> {
    return this.changeCorrections(articleId, (list) => [
      ...list.filter((c) => c.start !== correction.start || c.end !== correction.end),
      correction,
    ]);
  }

  /**
   * Tags a place name the analyzer missed, or sets a span's place to a point put on the map:
   * resolves with null once stored and analysed again, or with the reason it was refused (the
   * worker checks the span against the article's text; nothing is changed then).
   */
  async tag(articleId: string, correction: WorkspaceCorrection): Promise<string | null> {
    const article = this.store.getState().articles.byId[articleId];
    if (!article) return `The article “${articleId}” is no longer in the workspace.`;
    const corrections = [
      ...article.corrections.filter(
        (c) => c.start !== correction.start || c.end !== correction.end,
      ),
      correction,
    ].sort((x, y) => x.start - y.start);
    try {
      await this.apply(await this.client.update({ ...article, corrections }));
      return null;
    } catch (e) {
      return errorText(e);
    }
  }

  /** Removes the correction of a span: the analysis decides again. */
  uncorrect(articleId: string, span: Span): Promise<boolean> {
    return this.changeCorrections(articleId, (list) =>
      list.filter((c) => c.start !== span.start || c.end !== span.end),
    );
  }

  /** Changes an article's title, date or URL (an empty value removes it). */
  editArticle(
    articleId: string,
    meta: { title: string; date: string; url: string },
  ): Promise<boolean> {
    return this.update(articleId, (a) => {
      const next: PageArticle = { ...a };
      for (const key of ['title', 'date', 'url'] as const) {
        const v = meta[key].trim();
        if (v) next[key] = v;
        else delete next[key];
      }
      return next;
    });
  }

  async removeArticles(ids: string[]): Promise<void> {
    try {
      await this.apply(await this.client.remove(ids));
      this.store.getState().notify('info', `${formatCount(ids.length, 'article')} removed.`);
    } catch (e) {
      this.store.getState().notify('error', `Could not remove: ${errorText(e)}`);
    }
  }

  /** Deletes the user's articles, corrections and reviews (the caller has asked first). */
  async reset(): Promise<void> {
    const opened = await this.runJob(
      { kind: 'reset', label: 'Resetting to the sample articles', cancellable: false },
      async (options) => {
        const result = await this.client.reset(this.samples(), options);
        await this.loadWorkspace(result.snapshot);
        return result;
      },
    );
    if (!opened) return;
    this.store.getState().notify('info', 'The workspace holds the sample articles again.');
  }

  /** Replaces the workspace with an imported one (already read and checked). */
  async importWorkspace(workspace: Workspace, fileName: string): Promise<boolean> {
    const opened = await this.runJob(
      { kind: 'import', label: `Importing ${fileName}`, cancellable: true },
      async (options) => {
        const result = await this.client.replace(workspace, options);
        await this.loadWorkspace(result.snapshot);
        return result;
      },
    );
    if (!opened) return false;
    this.store
      .getState()
      .notify(
        'info',
        `Imported ${fileName}: ${formatCount(workspace.articles.length, 'article')}, ${formatCount(workspace.reviews.length, 'review')}.`,
      );
    return true;
  }

  exportWorkspace(): Promise<string> {
    return this.client.exportWorkspace();
  }

  /** Records a review (status and note) of a claim; an open claim without a note has none. */
  async review(row: ClaimRow, status: ReviewStatus, note: string): Promise<void> {
    const review = reviewOf(row, status, note);
    this.store.getState().setReview(row.key, review);
    try {
      await this.client.setReview(row.key, review);
    } catch (e) {
      this.store.getState().notify('error', `Could not save the review: ${errorText(e)}`);
    }
  }

  /**
   * Sets the status of many claims at once (a bulk review of the filtered list), keeping
   * each claim's note.
   */
  async reviewMany(rows: readonly ClaimRow[], status: ReviewStatus): Promise<void> {
    const reviews = this.store.getState().reviews;
    const entries = rows.map((row) => ({
      key: row.key,
      review: reviewOf(row, status, reviews[row.key]?.note ?? ''),
    }));
    this.store.getState().patchReviews(entries.map((e) => [e.key, e.review] as const));
    try {
      await this.client.setReviews(entries);
    } catch (e) {
      this.store.getState().notify('error', `Could not save the reviews: ${errorText(e)}`);
    }
  }

  findPlaces(query: string): Promise<PlaceMatch[]> {
    return this.client.findPlaces(query, 12);
  }

  // --- internals ----------------------------------------------------------------------

  private async runJob<T>(
    job: Omit<ActiveJob, 'progress'>,
    run: (options: {
      onProgress: (p: JobProgress) => void;
      onPart: (results: ArticleResult[]) => void;
      signal: AbortSignal;
    }) => Promise<T>,
  ): Promise<T | null> {
    const { store } = this;
    if (this.busy) {
      store
        .getState()
        .notify('warning', 'Another analysis is running; wait for it or cancel it first.');
      return null;
    }
    this.abort = new AbortController();
    store.getState().jobStarted(job);
    try {
      return await run({
        onProgress: (p) => store.getState().jobProgress(p),
        // Rows for the list are built as results arrive, not all at once at the end.
        onPart: prebuildClaimRows,
        signal: this.abort.signal,
      });
    } catch (e) {
      if (e instanceof CancelledError) store.getState().notify('info', e.message);
      else store.getState().notify('error', `${job.label} failed: ${errorText(e)}`);
      return null;
    } finally {
      this.abort = null;
      store.getState().jobEnded();
    }
  }

  private changeCorrections(
    articleId: string,
    change: (list: WorkspaceCorrection[]) => WorkspaceCorrection[],
  ): Promise<boolean> {
    return this.update(articleId, (a) => ({
      ...a,
      corrections: change(a.corrections).sort((x, y) => x.start - y.start),
    }));
  }

  private async update(
    articleId: string,
    change: (a: PageArticle) => PageArticle,
  ): Promise<boolean> {
    const article = this.store.getState().articles.byId[articleId];
    if (!article) return false;
    try {
      await this.apply(await this.client.update(change(article)));
      return true;
    } catch (e) {
      this.store.getState().notify('error', `Could not change “${articleId}”: ${errorText(e)}`);
      return false;
    }
  }

  /**
   * Puts a new analysis into the store without freezing the page. What the new state derives
   * (rows, the facet index, sort orders, counts: a few hundred milliseconds for 100,000
   * claims) is computed ahead, one step per task, and the store then takes the new state in
   * one update that finds it all memoised. Should the state the patch was made from change
   * in the meantime (a review, another update), the patch is made again from the new state.
   */
  private async commit(patch: (s: AppState) => AnalysisPatch): Promise<void> {
    const { store } = this;
    // The answer that brought the change was decoded in this task: the rest waits for the next.
    await nextTask();
    const before = store.getState();
    let next = patch(before);
    await nextTask();
    for (const step of derivationSteps({ ...before, ...withPatch(before, next) })) {
      await nextTask();
      step();
    }
    await nextTask();
    const now = store.getState();
    const sameBase =
      now.articles === before.articles &&
      now.reviews === before.reviews &&
      now.analysis.results === before.analysis.results &&
      now.analysis.cross === before.analysis.cross;
    if (!sameBase) next = patch(now);
    store.setState((s) => withPatch(s, next));
    // What follows an update (notices, selection checks) runs after the render it causes.
    await nextTask();
  }

  /** Applies a delta, keeping the selected claim selected when its id changed. */
  private async apply(delta: WorkspaceDelta): Promise<void> {
    const { store } = this;
    const selected = selectSelectedRow(store.getState());
    await this.commit((s) => deltaPatch(s, delta));
    const s = store.getState();
    if (s.filters.articleId && !s.articles.byId[s.filters.articleId]) s.setArticleFilter(null);
    if (!selected) return;
    const same = selectClaimRows(s).find((r) => r.key === selected.key);
    if (same) {
      if (same.id !== selected.id) s.selectClaim(same.id);
      return;
    }
    s.selectClaim(null);
    if (s.articles.byId[selected.articleId])
      s.notify(
        'info',
        'The selected claim is gone after the change (its mention is no longer a place).',
      );
  }

  private async loadWorkspace(snapshot: WorkspaceSnapshot): Promise<void> {
    const s = this.store.getState();
    s.selectClaim(null);
    s.resetFilters();
    await this.commit((state) => snapshotPatch(state, snapshot));
  }
}

/** The review to store for a claim; an open claim without a note has none (null). */
function reviewOf(row: ClaimRow, status: ReviewStatus, note: string): ClaimReview | null {
  if (status === 'open' && note.trim() === '') return null;
  return {
    key: row.key,
    articleId: row.articleId,
    status,
    note,
    updatedAt: new Date().toISOString(),
    label:
      `${row.placeText || row.placeName}: ${row.claim.relation} ${row.regionName || row.claim.asserted.name}`.trim(),
  };
}
