/**
 * The update letters as one printable HTML page: each letter on its own printed page, no script,
 * no external resource, every user text escaped.
 */
import { updateLettersBlocks, type LetterBlock, type LetterItem, type UpdateLettersInput } from '../../core/outcome/update-letters.js';
import { escapeHtml as e } from './print-page.js';
import { printHead } from './midterm-html.js';

const LETTER_STYLE = `<style>
.letter { break-before: page; page-break-before: always; margin-bottom: 18pt; }
.letter:first-of-type { break-before: auto; page-break-before: auto; }
.recipient p { margin: 0; }
.letter-date { text-align: right; margin: 12pt 0; }
.subject { font-weight: 700; }
.letter li { margin-bottom: 4pt; }
.letter li p { margin: 0; }
.signature p { margin: 0; }
.signature p:first-child { font-weight: 700; }
@media screen { .letter + .letter { border-top: 1pt dashed #bbb; padding-top: 18pt; } }
</style>`;

const itemsHtml = (items: readonly LetterItem[]) =>
  `<ul>${items
    .map((i) => `<li><p><strong>${e(i.heading)}.</strong> <em>${e(i.text)}</em></p>${i.lines.map((l) => `<p>${e(l)}</p>`).join('')}</li>`)
    .join('')}</ul>`;

function letterHtml(letter: LetterBlock): string {
  return `<article class="letter" data-state="${e(letter.stateIso3)}">
<div class="recipient">${letter.recipient.map((l) => `<p>${e(l)}</p>`).join('')}</div>
<p class="letter-date">${e(letter.date)}</p>
<p class="subject">${e(letter.subject)}</p>
<p>${e(letter.greeting)}</p>
<p>${e(letter.intro)}</p>
${itemsHtml(letter.items)}
${letter.noted ? `<p>${e(letter.noted.intro)}</p>${itemsHtml(letter.noted.items)}` : ''}
${letter.closing.map((p) => `<p>${e(p)}</p>`).join('\n')}
<p>${e(letter.signOff)}</p>
<div class="signature">${letter.signature.map((l) => `<p>${e(l)}</p>`).join('')}</div>
</article>`;
}

/** Every letter on one print-ready page, one letter per printed sheet. */
export function renderUpdateLettersHtml(input: UpdateLettersInput): string {
  const blocks = updateLettersBlocks(input);
  const head = printHead(blocks.languageTag, blocks.meta.title, blocks.meta.author).replace('</head>', `${LETTER_STYLE}\n</head>`);
  return `${head}
<body>
<main>
${blocks.letters.map(letterHtml).join('\n')}
</main>
</body>
</html>
`;
}
