import { useTranslation } from 'react-i18next';
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentBlocks } from '../../core/campaign/document-blocks.js';
import classes from './document-preview.module.css';

/**
 * The factsheet as the DOCX/PDF renderers lay it out, from the same blocks (core), updated as
 * the user types. It is a preview: the downloaded files are the reference.
 */
export function DocumentPreview({ doc }: { doc: AdvocacyDocument }) {
  const { t } = useTranslation();
  const blocks = documentBlocks(doc);
  return (
    <article className={classes.sheet} lang={blocks.languageTag} aria-label={t('document.preview')}>
      <header className={classes.band}>
        <p className={classes.organisation}>{blocks.header.organisation || t('document.noOrganisation')}</p>
        <p className={classes.review}>{blocks.header.reviewLine}</p>
        <p className={classes.date}>{blocks.header.dateLine}</p>
      </header>
      {blocks.about && (
        <section>
          <p className={classes.heading}>{blocks.about.heading}</p>
          <p>{blocks.about.text}</p>
        </section>
      )}
      {blocks.issues.map((issue, index) => (
        <section key={index}>
          <p className={classes.heading}>{issue.title || '…'}</p>
          {issue.summary && <p>{issue.summary}</p>}
          {issue.recommendations.items.length > 0 && (
            <div className={classes.box}>
              <p className={classes.label}>{issue.recommendations.heading}</p>
              <ol start={issue.recommendations.items[0]!.number}>
                {issue.recommendations.items.map((r) => (
                  <li key={r.number}>{r.text}</li>
                ))}
              </ol>
            </div>
          )}
          {issue.questions && (
            <>
              <p className={classes.label}>{issue.questions.heading}</p>
              <ul>
                {issue.questions.items.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            </>
          )}
          {issue.references && (
            <p className={classes.small}>
              {issue.references.heading}: {issue.references.items.join('; ')}
            </p>
          )}
        </section>
      ))}
      {blocks.footer && (
        <footer className={classes.footer}>
          {blocks.footer.label}: {blocks.footer.items.join(' · ')}
        </footer>
      )}
    </article>
  );
}
