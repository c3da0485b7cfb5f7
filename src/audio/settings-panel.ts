// Sound settings for the settings screen: three volumes and a mute, each a real
// form control with a label, kept in step with the mute button.
import { onLangChange } from '../i18n';
import type { AudioDirector } from './director';
import { VOLUME_CHANNELS, type VolumeChannel } from './settings';
import { say, type AudioStringKey } from './strings';
import './audio.css';

export interface AudioSettingsPanel {
  element: HTMLFieldSetElement;
  destroy(): void;
}

const LABEL: Record<VolumeChannel, AudioStringKey> = { master: 'audio.master', music: 'audio.music', effects: 'audio.effects' };

export function mountAudioSettings(audio: AudioDirector, parent: HTMLElement): AudioSettingsPanel {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'pa-audio-settings';
  const legend = document.createElement('legend');
  fieldset.append(legend);

  const rows = VOLUME_CHANNELS.map((channel) => {
    const label = document.createElement('label');
    const name = document.createElement('span');
    const input = document.createElement('input');
    input.type = 'range';
    input.min = '0';
    input.max = '100';
    input.step = '5';
    input.name = `audio-${channel}`;
    input.dataset.channel = channel;
    const output = document.createElement('output');
    input.addEventListener('input', () => audio.setVolume(channel, Number(input.value) / 100));
    label.append(name, input, output);
    fieldset.append(label);
    return { channel, name, input, output };
  });

  const muteLabel = document.createElement('label');
  muteLabel.className = 'pa-audio-check';
  const mute = document.createElement('input');
  mute.type = 'checkbox';
  mute.name = 'audio-muted';
  const muteName = document.createElement('span');
  mute.addEventListener('change', () => audio.setMuted(mute.checked));
  muteLabel.append(mute, muteName);
  fieldset.append(muteLabel);

  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  fieldset.append(note);

  const render = () => {
    const status = audio.status();
    legend.textContent = say('audio.settings');
    for (const row of rows) {
      const percent = Math.round(status.settings[row.channel] * 100);
      row.name.textContent = say(LABEL[row.channel]);
      // Leave a slider alone while it is being dragged.
      if (document.activeElement !== row.input) row.input.value = String(percent);
      row.input.setAttribute('aria-valuetext', `${percent}%`);
      row.output.textContent = `${percent}%`;
    }
    mute.checked = status.settings.muted;
    muteName.textContent = say('audio.muteAll');
    note.textContent = status.state === 'unavailable' ? say('audio.unavailable') : '';
    note.hidden = status.state !== 'unavailable';
  };

  const unsubscribe = audio.subscribe(render);
  const leaveLang = onLangChange(render);
  render();
  parent.append(fieldset);
  return {
    element: fieldset,
    destroy() {
      unsubscribe();
      leaveLang();
      fieldset.remove();
    },
  };
}
