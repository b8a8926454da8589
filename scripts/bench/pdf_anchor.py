"""The anchor of scripts/bench/pdf.sh: the same submission rendered from
HTML by WeasyPrint and signed (PAdES) by pyHanko, in one Python process.

  pdf_anchor.py HTML_FILE KEY CERT CA OUT RUNS

Prints the median time of the runs after the first (warm) and of the first
(cold, after imports).
"""
import io
import statistics
import sys
import time

t_start = time.perf_counter()
import weasyprint  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402

html_file, key, cert, ca, out, runs = sys.argv[1:7]
runs = int(runs)
signer = signers.SimpleSigner.load(key, cert, ca_chain_files=(ca,))
meta = signers.PdfSignatureMetadata(
    field_name="Signature",
    subfilter=fields.SigSeedSubFilter.PADES,
    reason="Submission of the Member States Questionnaire",
    location="MSQ server",
)


def render_and_sign():
    pdf = weasyprint.HTML(filename=html_file).write_pdf()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()


times = []
for _ in range(runs + 1):
    t = time.perf_counter()
    signed = render_and_sign()
    times.append(time.perf_counter() - t)
with open(out, "wb") as f:
    f.write(signed)
warm = statistics.median(times[1:]) if runs else times[0]
print(f"first_ms={times[0]*1000:.1f} warm_median_ms={warm*1000:.1f} bytes={len(signed)}")
