/**
 * Larger views of the images in a postmortem body. Each image is a link to its
 * file (which works without JavaScript); here a click or Enter opens it in a
 * modal dialog instead. Escape, the close button or a click outside closes it,
 * and focus goes back to the image's link.
 */
export function setUpImageZoom(root: ParentNode = document): void {
  const links = root.querySelectorAll<HTMLAnchorElement>('a[data-image-zoom]');
  if (links.length === 0) return;
  // Made on the first open, so the page holds no empty <img> until then.
  let view: ZoomDialog | undefined;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      // Let a new tab or window open the file as usual.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      view ??= createZoomDialog();
      view.open(link);
    });
  }
}

interface ZoomDialog {
  open(link: HTMLAnchorElement): void;
}

function createZoomDialog(): ZoomDialog {
  const dialog = document.createElement('dialog');
  dialog.className = 'image-zoom';
  dialog.setAttribute('aria-labelledby', 'image-zoom-caption');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'image-zoom-close';
  close.textContent = 'Close';
  const image = document.createElement('img');
  image.className = 'image-zoom-image';
  image.decoding = 'async';
  const caption = document.createElement('p');
  caption.className = 'image-zoom-caption';
  caption.id = 'image-zoom-caption';
  dialog.append(close, image, caption);
  document.body.append(dialog);

  let opener: HTMLElement | undefined;
  close.addEventListener('click', () => dialog.close());
  image.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog itself, outside its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = undefined;
  });

  return {
    open(link) {
      const source = link.querySelector('img');
      opener = link;
      image.src = link.href;
      image.alt = source?.alt ?? '';
      // The intrinsic size reserves the space before the file is decoded.
      image.width = Number(source?.getAttribute('width')) || 0;
      image.height = Number(source?.getAttribute('height')) || 0;
      caption.textContent = link.dataset.caption || image.alt || 'Image';
      dialog.showModal();
      close.focus();
    },
  };
}
