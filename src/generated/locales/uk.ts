
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sf1bc83d2509bafcf': `Phone`,
's8e7258c871aaa410': `E-mail`,
's6ebc9bd6feae62a3': `Loading…`,
's055aeec4cc366737': `The feed could not be reached.`,
's49e14b13c0d9399f': `The feed server answered with an error.`,
's5bdc28ca9d193209': `The feed took too long to arrive.`,
's5d9f6c7b502e2a57': `The feed is not valid JSON.`,
'sc0d422e77b86c0f1': `The feed is in a version this widget cannot read.`,
's50c7f964ee28eaa2': `The feed is not in the expected format.`,
'scbaf75f715cba1ab': `The feed is too large to show.`,
'sa44b30b875dfc5b6': `The requested item is not in the feed.`,
's894823e0f9d423fd': `The news could not be loaded.`,
's4340eea0045eb441': str`Press release, ${0}`,
's102da17f7a561fa8': `Additional information:`,
's7043eae50bec4d8f': `Share on Facebook`,
's19172ed3838854fc': `Copy link`,
's1f224cf8b88cb893': `Link copied`,
's206fdfb68a5a5294': `For upcoming activities and ways to get involved, contact:`,
'sb159b4d5f1770877': `Information prepared by:`,
's30c0a4d43229080a': `Read more`,
's90e0fef558d2419f': `There is no news yet.`,
'participants-zero': str`${0} participants`,
'participants-one': str`${0} participant`,
'participants-two': str`${0} participants`,
'participants-few': str`${0} participants`,
'participants-many': str`${0} participants`,
'participants-other': str`${0} participants`,
'occurrences-exactly-1': `once`,
'occurrences-exactly-2': `twice`,
'occurrences-zero': str`${0} times`,
'occurrences-one': str`${0} times`,
'occurrences-two': str`${0} times`,
'occurrences-few': str`${0} times`,
'occurrences-many': str`${0} times`,
'occurrences-other': str`${0} times`,
'se1f9322af81a0a82': `ongoing`,
's98620191d6abbe47': `From the release:`,
's9aea6c5d958c344e': `Undated`,
'sc6b49db4a0088075': `There are no activities to show.`,
'sb2c57b2d347203dd': `Show more`,
's9f112647ef5d7a04': `Save contact`,
'sbf2c8177108944ae': `The contact was not found.`,
    };
  